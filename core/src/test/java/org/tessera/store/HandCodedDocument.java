package org.tessera.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tessera.cameo.CameoTable;
import org.tessera.model.Actor;
import org.tessera.model.ActorEvidence;
import org.tessera.model.ActorRule;
import org.tessera.model.Evidence;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;
import org.tessera.testkit.TestLanguage;

/**
 * A document coded by hand, as the pipeline would hand it to the store, without CoreNLP: each line
 * of an article's text is split into sentences at end punctuation, and events are given per
 * sentence. The articles are joined by blank lines into the document's clean text, so offsets and
 * spans are those a real run would store.
 */
final class HandCodedDocument {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s|$)|(?=\\n)|$)");

    private final CameoTable cameo;
    private final String id;
    private final StringBuilder clean = new StringBuilder();
    private final List<ArticleResult> articles = new ArrayList<>();

    private HandCodedDocument(CameoTable cameo, String id) {
        this.cameo = cameo;
        this.id = id;
    }

    static HandCodedDocument of(CameoTable cameo, String id) {
        return new HandCodedDocument(cameo, id);
    }

    /** One event of an article: sentence index, source and target (country, role), CAMEO code and verb. */
    record Coding(int sentence, String source, String sourceRole, String target, String code, String verb, Modality modality,
                  Location location) {
        static Coding of(int sentence, String source, String target, String code, String verb) {
            return new Coding(sentence, source, "GOV", target, code, verb, Modality.ASSERTED, null);
        }

        Coding as(Modality m) {
            return new Coding(sentence, source, sourceRole, target, code, verb, m, location);
        }

        Coding at(Location l) {
            return new Coding(sentence, source, sourceRole, target, code, verb, modality, l);
        }
    }

    /** A coded article; {@code date} is ISO (2024-01-18) or null. */
    HandCodedDocument article(String url, String date, String title, String text, Coding... codings) {
        Article a = nextArticle(url, date, title, text);
        List<AnnotatedSentence> sentences = sentences(text);
        PartialDate d = a.date();
        List<Event> events = new ArrayList<>();
        for (Coding c : codings) {
            AnnotatedSentence s = sentences.get(c.sentence());
            events.add(new Event(id, a.index(), s.text(), a.offset() + s.begin(), a.offset() + s.end(), d,
                    d == null ? DateSource.UNKNOWN : DateSource.DOCUMENT,
                    new Actor(c.source(), "", c.source(), c.sourceRole(), ActorRule.COUNTRY, "hand"),
                    c.target() == null ? null : new Actor(c.target(), "", c.target(), "", ActorRule.COUNTRY, "hand"),
                    new Event.Action(cameo.get(c.code()), c.verb()), c.modality(), c.location(), 0.75,
                    new Evidence("hand", "hand-coded", c.code(), "", ActorEvidence.of(ActorRule.COUNTRY, "hand"), null, false, false, "",
                            c.sentence(), 0, List.of()),
                    new Event.EventContext(a.title(), a.url(), a.language(), d, a.dateOrigin())));
        }
        articles.add(new ArticleResult(a, new AnnotatedArticle(a, sentences, List.of()), events, null));
        return this;
    }

    /** An article the pipeline skipped, with its reason ("language de"). */
    HandCodedDocument skipped(String url, String date, String title, String text, String reason) {
        articles.add(new ArticleResult(nextArticle(url, date, title, text), null, List.of(), reason));
        return this;
    }

    private Article nextArticle(String url, String date, String title, String text) {
        if (clean.length() > 0) clean.append("\n\n");
        int offset = clean.length();
        clean.append(text);
        PartialDate d = date == null ? null : PartialDate.parse(date).orElseThrow();
        return new Article(id, articles.size(), title, text, offset, d, d == null ? DocumentDateOrigin.NONE : DocumentDateOrigin.PAGE,
                TestLanguage.ENGLISH, url);
    }

    /** Sentences of each line, ends trimmed, offsets into {@code text}. */
    static List<AnnotatedSentence> sentences(String text) {
        List<AnnotatedSentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int b = m.start();
            int e = m.end();
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            if (b == e) continue;
            out.add(new AnnotatedSentence(out.size(), text.substring(b, e), b, e, List.of(), List.of(), List.of(), false));
        }
        return out;
    }

    /** What the writer is given: the raw bytes (the clean text itself) and the coded result. */
    record Coded(RawDocument raw, DocumentResult result) {
    }

    Coded coded() {
        String text = clean.toString();
        RawDocument raw = new RawDocument(id, "fixture:" + id, text.getBytes(StandardCharsets.UTF_8), "text/plain", null);
        List<Article> cut = articles.stream().map(ArticleResult::article).toList();
        return new Coded(raw, new DocumentResult(id, raw.origin(), new CleanDocument(id, raw.origin(), text, cut), articles, List.of(), null));
    }

    /** A document that could not be read at all. */
    static Coded failed(String id, String content, String error) {
        RawDocument raw = new RawDocument(id, "fixture:" + id, content.getBytes(StandardCharsets.UTF_8), "text/html", null);
        return new Coded(raw, DocumentResult.failed(id, raw.origin(), error));
    }
}
