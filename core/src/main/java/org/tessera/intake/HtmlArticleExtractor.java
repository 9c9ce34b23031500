package org.tessera.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.tessera.model.PartialDate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the articles out of an HTML page: strips page chrome, then uses the page's own
 * {@code <article>} elements, or else the element holding the most paragraph text. Every walk
 * over the tree is iterative ({@link NodeTraversor} or explicit loops) because scraped pages can
 * be nested tens of thousands of levels deep.
 */
final class HtmlArticleExtractor {
    private static final String CODE_TAGS = "script, style, iframe, noscript, svg, button, template, select, object, embed";
    /** Page regions that are chrome, unless a page wraps its story in one (ASP.NET pages put everything in a form). */
    private static final String CHROME_TAGS = "nav, header, footer, aside, form";
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "comment|share|sharing|social|related|newsletter|subscribe|donat|cookie|promo|sidebar|menu|breadcrumb|advert|widget|popup|paywall|recommend",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_STORY = Pattern.compile("comment|respon[sd]|related|recommend|teaser|promo", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "tr", "table", "dd", "dt", "dl", "figcaption",
            "figure", "address", "br", "hr", "header", "footer", "body", "center");
    private static final String[] META_DATES = {
            "meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=article:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=sailthru.date]",
            "meta[property=og:published_time]", "meta[property=og:updated_time]", "meta[property=article:modified_time]"};

    /** A paragraph this long counts towards a story; teaser blurbs are shorter. */
    private static final int STORY_PARAGRAPH_CHARS = 80;
    /** An {@code <article>} with less paragraph text than this is a teaser or a card, not a story. */
    private static final int STORY_CHARS = 200;
    /** Readability walks the tree recursively; deeper pages are left to our own iterative extractor. */
    private static final int MAX_READABILITY_DEPTH = 400;
    /** A chrome-looking block holding this share of the page's paragraph text holds the article itself. */
    private static final double ARTICLE_SHARE = 0.4;

    private final BoilerplateFilter chrome;
    private final ReadabilityBody readability = new ReadabilityBody();
    private final PublicationDateFinder dates;
    private final ObjectMapper json = new ObjectMapper();

    HtmlArticleExtractor(BoilerplateFilter chrome, PublicationDateFinder dates) {
        this.chrome = chrome;
        this.dates = dates;
    }

    List<ArticleDraft> extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String url = firstAttr(doc, "link[rel=canonical]", "href").or(() -> firstAttr(doc, "meta[property=og:url]", "content")).orElse("");
        String pageTitle = firstAttr(doc, "meta[property=og:title]", "content")
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(s -> !s.isBlank()))
                .orElse(doc.title()).strip();
        PartialDate pageDate = pageDate(doc).orElse(null);

        List<Element> stories = stories(doc);
        Document one = doc;
        if (stories.size() >= 2) {
            List<ArticleDraft> several = several(doc, stories, url);
            if (several.size() >= 2) return several;
            one = Jsoup.parse(html, baseUri == null ? "" : baseUri); // the chrome pass changed it
        }
        List<String> paras = singleBody(one, url);
        if (paras.isEmpty()) return List.of();
        PartialDate d = pageDate != null ? pageDate
                : dates.find(String.join("\n", paras.subList(0, Math.min(6, paras.size())))).orElse(null);
        return List.of(draft(pageTitle, paras, d, url));
    }

    /**
     * The page's {@code <article>} elements that each hold a whole story; related-story teasers,
     * photo boxes and cards (a headline and a line or two) are not stories.
     */
    private static List<Element> stories(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element a : doc.select("article")) {
            if (a.parents().stream().anyMatch(p -> p.nameIs("article") || p.nameIs("aside") || p.nameIs("footer")
                    || NOT_STORY.matcher(p.className() + " " + p.id()).find())) continue;
            // Comment threads and related-story lists mark up each entry as an <article> too.
            if (NOT_STORY.matcher(a.className() + " " + a.id()).find()) continue;
            int prose = 0;
            int paragraphs = 0;
            for (Element p : a.select("p")) {
                int len = p.text().length();
                if (len >= STORY_PARAGRAPH_CHARS) {
                    prose += len;
                    paragraphs++;
                }
            }
            if (paragraphs >= 2 && prose >= STORY_CHARS) out.add(a);
        }
        return out;
    }

    /** Several stories on one page: each article element is one, with its own headline and date. */
    private List<ArticleDraft> several(Document doc, List<Element> stories, String url) {
        // Titles and dates often sit in an article's <header>, which the chrome pass removes.
        Map<Element, String> titles = new IdentityHashMap<>();
        Map<Element, PartialDate> articleDates = new IdentityHashMap<>();
        for (Element a : stories) {
            Element h = a.selectFirst("h1, h2, h3, [itemprop=headline]");
            if (h != null) titles.put(a, h.text().strip());
            elementDate(a).ifPresent(d -> articleDates.put(a, d));
        }
        removeChrome(doc);
        List<ArticleDraft> out = new ArrayList<>();
        for (Element a : stories) {
            if (a.parent() == null) continue;
            List<String> paras = paragraphs(a);
            PartialDate d = articleDates.get(a);
            if (d == null) d = dates.find(String.join("\n", paras.subList(0, Math.min(6, paras.size())))).orElse(null);
            ArticleDraft draft = draft(titles.getOrDefault(a, ""), chrome.filter(paras), d, "");
            if (!draft.paragraphs().isEmpty()) out.add(draft);
        }
        return out;
    }

    /**
     * The body of a page holding one story: Readability's choice where it finds a body of its
     * size, else the block holding the most paragraph text once chrome is gone.
     */
    private List<String> singleBody(Document doc, String url) {
        Document copy = doc.clone(); // Readability changes the tree it reads
        if (depth(doc) > MAX_READABILITY_DEPTH) return chrome.filter(ownBody(copy));
        int pageProse = prose(doc);
        List<String> theirs = readability.body(doc, url);
        int theirsLen = length(theirs);
        // Our own pass only matters where Readability kept little of the page's prose (it sometimes keeps a title only).
        if (theirsLen * 10 >= pageProse * 3) return chrome.filterLight(theirs);
        List<String> ours = ownBody(copy);
        if (theirsLen == 0 || theirsLen * 10 < length(ours) * 3) return chrome.filter(ours);
        return chrome.filterLight(theirs);
    }

    private List<String> ownBody(Document doc) {
        removeChrome(doc);
        Element main = mainContent(doc);
        return main == null ? List.of() : paragraphs(main);
    }

    private static int length(List<String> paras) {
        int n = 0;
        for (String p : paras) n += p.length();
        return n;
    }

    /** How deep the tree goes, walked without recursion. */
    private static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), doc);
        return max[0];
    }

    private ArticleDraft draft(String title, List<String> paras, PartialDate date, String url) {
        List<String> body = new ArrayList<>(paras);
        // The headline is the title; pages repeat it above the text (and again in a kicker or share box).
        if (!title.isEmpty()) body.removeIf(p -> sameText(p, title));
        return new ArticleDraft(title, body, date, url);
    }

    private static boolean sameText(String a, String b) {
        return a.equalsIgnoreCase(b) || Intake.fold(a).replaceAll("[^\\p{L}\\p{N}]+", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]+", ""));
    }

    private Optional<PartialDate> pageDate(Document doc) {
        for (String sel : META_DATES) {
            if (sel.contains("og:updated_time")) {
                // Publication-date sources outrank update times; JSON-LD and <time> come first.
                Optional<PartialDate> ld = jsonLdDate(doc);
                if (ld.isPresent()) return ld;
                Optional<PartialDate> t = elementDate(doc);
                if (t.isPresent()) return t;
            }
            Optional<PartialDate> d = firstAttr(doc, sel, "content").flatMap(dates::parseValue);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<PartialDate> elementDate(Element root) {
        for (Element e : root.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Optional<PartialDate> d = dates.parseValue(v);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private Optional<PartialDate> jsonLdDate(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = json.readTree(s.data());
                Deque<JsonNode> todo = new ArrayDeque<>();
                todo.push(root);
                int seen = 0;
                while (!todo.isEmpty() && seen++ < 10_000) {
                    JsonNode n = todo.pop();
                    JsonNode dp = n.get("datePublished");
                    if (dp != null && dp.isTextual()) {
                        Optional<PartialDate> d = dates.parseValue(dp.asText());
                        if (d.isPresent()) return d;
                    }
                    n.elements().forEachRemaining(todo::push);
                }
            } catch (Exception e) {
                // Broken JSON-LD is common; other date sources remain.
            }
        }
        return Optional.empty();
    }

    private static void removeChrome(Document doc) {
        doc.select(CODE_TAGS).remove();
        int pageProse = prose(doc);
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.nameIs("html") || e.nameIs("body") || e.nameIs("main") || e.nameIs("article")) continue;
            String key = e.className() + " " + e.id();
            boolean chromeTag = e.is(CHROME_TAGS);
            if (!chromeTag && (key.isBlank() || !CHROME_CLASS.matcher(key).find())) continue;
            // Themes put "widget", "sidebar" or "has-sidebar" on wrappers of the whole story: never drop the block holding it.
            if (!chromeTag && !e.select("article, main, [itemprop=articleBody]").isEmpty()) continue;
            if (pageProse > 0 && prose(e) >= ARTICLE_SHARE * pageProse) continue;
            doomed.add(e);
        }
        for (Element e : doomed) e.remove();
    }

    /** Characters of paragraph text: in {@code <p>} elements and in text broken by {@code <br>}. */
    private static int prose(Element root) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.parentNode() instanceof Element p
                    && (p.nameIs("p") || p.nameIs("div") || p.nameIs("td") || p.nameIs("span"))) {
                int len = t.text().strip().length();
                if (len >= 25) n[0] += len;
            }
        }, root);
        return n[0];
    }

    /** The element holding the most paragraph text, found by crediting each paragraph to its parent. */
    private static Element mainContent(Document doc) {
        Element explicit = doc.selectFirst("[itemprop=articleBody], main, [role=main]");
        if (explicit != null && explicit.text().length() > 200) return explicit;
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : doc.select("p, pre, blockquote")) {
            int len = p.text().length();
            if (len < 25) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, len, Integer::sum);
            if (parent.parent() != null) score.merge(parent.parent(), len / 2, Integer::sum);
        }
        // Bodies written as text broken by <br>, with no <p>: the text's own element holds the story.
        for (Element br : doc.select("div > br, td > br, section > br")) {
            Element holder = br.parent();
            if (holder == null || score.containsKey(holder)) continue;
            int len = 0;
            for (TextNode t : holder.textNodes()) {
                int l = t.text().strip().length();
                if (l >= 25) len += l;
            }
            if (len > 0) score.put(holder, len);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
    }

    /** Text blocks of an element, one per block-level element or table row, whitespace folded. */
    static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) cur.append(t.getWholeText());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(cur, out);
                else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) cur.append(' '); // a table row is one line
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(cur, out);
            }
        }, root);
        flush(cur, out);
        return out;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = Intake.fold(cur.toString());
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    private static Optional<String> firstAttr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        if (e == null) return Optional.empty();
        String v = e.attr(attr).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
