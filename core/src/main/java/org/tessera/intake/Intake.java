package org.tessera.intake;

import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one raw page into cleaned articles: checks it is text of a sane size, decodes it, strips
 * page chrome, cuts it into articles and settles each article's title, date, URL and language.
 * Articles in every language are kept and labelled; skipping
 * them is the caller's decision so that it can report what was skipped.
 */
public final class Intake {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern HTML_SNIFF = Pattern.compile(
            "<!doctype html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<article[\\s>]|<div[\\s>]|<p[\\s>]|<meta\\s", Pattern.CASE_INSENSITIVE);
    /** Below this an article is a teaser or a caption, not a news text, unless it is the page's only one. */
    private static final int MIN_ARTICLE_CHARS = 150;

    private final IntakeOptions options;
    private final TextDecoder decoder = new TextDecoder();
    private final BoilerplateFilter chrome = new BoilerplateFilter();
    private final ArticleSplitter splitter = new ArticleSplitter(chrome);
    private final PublicationDateFinder dates = new PublicationDateFinder();
    private final HtmlArticleExtractor html = new HtmlArticleExtractor(chrome, dates);
    private final LanguageIdentifier languages = new LanguageIdentifier();

    public Intake(IntakeOptions options) {
        this.options = options == null ? IntakeOptions.defaults() : options;
    }

    public CleanDocument clean(RawDocument raw) throws IntakeException {
        try {
            return cleanUnchecked(raw);
        } catch (IntakeException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new IntakeException(raw.origin(), "page structure too deeply nested to read", e);
        } catch (RuntimeException | OutOfMemoryError e) {
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            throw new IntakeException(raw.origin(), "cannot read page: " + e.getClass().getSimpleName() + ": " + msg, e);
        }
    }

    private CleanDocument cleanUnchecked(RawDocument raw) throws IntakeException {
        byte[] bytes = raw.content();
        if (bytes.length > options.maxBytes())
            throw new IntakeException(raw.origin(), "page is " + bytes.length + " bytes, over the limit of " + options.maxBytes());
        if (bytes.length == 0) throw new IntakeException(raw.origin(), "empty document");
        Optional<String> binary = decoder.binaryReason(bytes);
        if (binary.isPresent()) throw new IntakeException(raw.origin(), binary.get());
        boolean isHtml = isHtml(raw.mediaType(), bytes);
        String text = decoder.decode(bytes, raw.mediaType(), isHtml);
        if (text.isBlank()) throw new IntakeException(raw.origin(), "empty document (whitespace only)");

        List<ArticleDraft> drafts = isHtml ? html.extract(text, raw.id().startsWith("http") ? raw.id() : "") : plainText(text);
        drafts = drafts.stream().filter(d -> !d.paragraphs().isEmpty()).toList();
        if (drafts.size() > 1) {
            List<ArticleDraft> substantial = drafts.stream()
                    .filter(d -> String.join("", d.paragraphs()).length() >= MIN_ARTICLE_CHARS).toList();
            if (!substantial.isEmpty()) drafts = substantial;
        }
        if (drafts.isEmpty()) throw new IntakeException(raw.origin(), "no article text left after removing page chrome");
        return assemble(raw, drafts);
    }

    private CleanDocument assemble(RawDocument raw, List<ArticleDraft> drafts) {
        StringBuilder clean = new StringBuilder();
        List<Article> articles = new ArrayList<>();
        for (ArticleDraft d : drafts) {
            List<String> paras = new ArrayList<>();
            if (!d.title().isEmpty()) paras.add(fold(d.title()));
            for (String p : d.paragraphs()) paras.add(fold(p));
            String text = String.join("\n\n", paras);
            if (clean.length() > 0) clean.append("\n\n");
            int offset = clean.length();
            clean.append(text);
            PartialDate date = d.date();
            DocumentDateOrigin origin = DocumentDateOrigin.PAGE;
            if (date == null && options.fallbackDate() != null) {
                date = options.fallbackDate();
                origin = DocumentDateOrigin.OPTION;
            } else if (date == null && raw.modified() != null) {
                date = PartialDate.of(raw.modified().atZone(ZoneOffset.UTC).toLocalDate());
                origin = DocumentDateOrigin.FILE_TIME;
            } else if (date == null) {
                origin = DocumentDateOrigin.NONE;
            }
            String lang = languages.identify(String.join("\n", d.paragraphs()).isBlank() ? text : String.join("\n", d.paragraphs()));
            articles.add(new Article(raw.id(), articles.size(), fold(d.title()), text, offset, date, origin, lang, d.url()));
        }
        return new CleanDocument(raw.id(), raw.origin(), clean.toString(), articles);
    }

    private List<ArticleDraft> plainText(String text) {
        List<ArticleDraft> out = new ArrayList<>();
        for (ArticleSplitter.Section s : splitter.split(lines(text))) {
            List<String> body = chrome.filter(s.body());
            if (!s.title().isEmpty() && !body.isEmpty() && body.get(0).equalsIgnoreCase(s.title())) body = body.subList(1, body.size());
            StringBuilder top = new StringBuilder(s.title()).append('\n');
            for (String h : s.header()) top.append(h).append('\n');
            for (int i = 0; i < Math.min(3, s.body().size()); i++) top.append(s.body().get(i)).append('\n');
            PartialDate date = dates.find(top.toString()).orElse(null);
            out.add(new ArticleDraft(s.title(), body, date, ""));
        }
        return out;
    }

    /**
     * Paragraph units of a text dump: one per line, except that hard-wrapped lines (a line not ending
     * a sentence followed by one starting in lower case) are joined back into their paragraph.
     */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        String prev = null;
        for (String raw : text.split("\\R", -1)) {
            String line = fold(raw);
            if (line.isEmpty()) {
                if (prev != null) out.add(prev);
                prev = null;
                continue;
            }
            if (prev != null && prev.length() >= 40 && !prev.matches(".*[.!?:;\"”»)]$")
                    && Character.isLowerCase(line.codePointAt(0))) {
                prev = prev + " " + line;
            } else {
                if (prev != null) out.add(prev);
                prev = line;
            }
        }
        if (prev != null) out.add(prev);
        return out;
    }

    static String fold(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static boolean isHtml(String mediaType, byte[] bytes) {
        String mt = mediaType.toLowerCase(Locale.ROOT);
        if (mt.contains("html") || mt.contains("xml")) return mt.contains("html");
        if (mt.startsWith("text/")) return false;
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        return HTML_SNIFF.matcher(head).find();
    }
}
