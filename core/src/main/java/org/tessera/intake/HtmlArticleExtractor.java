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
    private static final String CHROME_TAGS =
            "nav, header, footer, aside, script, style, form, iframe, noscript, svg, button, template, select, object, embed";
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "comment|share|sharing|social|related|newsletter|subscribe|donat|cookie|promo|sidebar|menu|breadcrumb|advert|widget|popup|paywall|recommend",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "td", "th", "tr", "table", "dd", "dt", "dl", "figcaption",
            "figure", "address", "br", "hr", "header", "footer", "body", "center");
    private static final String[] META_DATES = {
            "meta[property=article:published_time]", "meta[itemprop=datePublished]", "meta[name=article:published_time]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.date]", "meta[name=sailthru.date]",
            "meta[property=og:published_time]", "meta[property=og:updated_time]", "meta[property=article:modified_time]"};

    private final BoilerplateFilter chrome;
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

        List<Element> articles = new ArrayList<>();
        for (Element a : doc.select("article")) {
            if (a.parents().stream().noneMatch(p -> p.nameIs("article"))) articles.add(a);
        }
        // Titles and dates often sit in an article's <header>, which the chrome pass removes.
        Map<Element, String> titles = new IdentityHashMap<>();
        Map<Element, PartialDate> articleDates = new IdentityHashMap<>();
        for (Element a : articles) {
            Element h = a.selectFirst("h1, h2, h3, [itemprop=headline]");
            if (h != null) titles.put(a, h.text().strip());
            elementDate(a).ifPresent(d -> articleDates.put(a, d));
        }
        removeChrome(doc);

        List<ArticleDraft> out = new ArrayList<>();
        List<Element> kept = articles.stream().filter(a -> a.parent() != null && a.text().length() >= 80).toList();
        if (!kept.isEmpty()) {
            for (Element a : kept) {
                String title = titles.getOrDefault(a, kept.size() == 1 ? pageTitle : "");
                List<String> paras = paragraphs(a);
                PartialDate d = articleDates.get(a);
                if (d == null) d = dates.find(String.join("\n", paras.subList(0, Math.min(6, paras.size())))).orElse(null);
                if (d == null && kept.size() == 1) d = pageDate;
                out.add(draft(title, paras, d, kept.size() == 1 ? url : ""));
            }
            return out;
        }
        Element main = mainContent(doc);
        if (main == null) return out;
        List<String> paras = paragraphs(main);
        PartialDate d = pageDate != null ? pageDate
                : dates.find(String.join("\n", paras.subList(0, Math.min(6, paras.size())))).orElse(null);
        out.add(draft(pageTitle, paras, d, url));
        return out;
    }

    private ArticleDraft draft(String title, List<String> paras, PartialDate date, String url) {
        List<String> body = new ArrayList<>(chrome.filter(paras));
        if (!title.isEmpty() && !body.isEmpty() && body.get(0).equalsIgnoreCase(title)) body.remove(0);
        return new ArticleDraft(title, body, date, url);
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
        doc.select(CHROME_TAGS).remove();
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e.nameIs("html") || e.nameIs("body") || e.nameIs("main") || e.nameIs("article")) continue;
            String key = e.className() + " " + e.id();
            if (key.isBlank() || !CHROME_CLASS.matcher(key).find()) continue;
            // Some themes put "has-sidebar" on the wrapper of everything; never drop a block holding the article.
            if (!e.select("article, main, [itemprop=articleBody]").isEmpty()) continue;
            doomed.add(e);
        }
        for (Element e : doomed) e.remove();
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
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
    }

    /** Text blocks of an element, one per block-level element, whitespace folded. */
    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) cur.append(t.getWholeText());
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(cur, out);
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
