package org.tessera.storebench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.tessera.cameo.CameoTable;
import org.tessera.data.TsvFile;
import org.tessera.model.Actor;
import org.tessera.model.ActorEvidence;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.CameoCode;
import org.tessera.model.CleanDocument;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Evidence;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.ArticleResult;
import org.tessera.pipeline.DocumentResult;

/**
 * A seeded, endless stream of coded news documents as the pipeline would hand them to the store,
 * built without CoreNLP: one article per document, dated day by day through the period, with
 * events whose countries, roles, CAMEO roots, modalities and counts follow
 * {@code synthetic-news.tsv}. Some stories are reposted later under another headline, footer and
 * site, so the store groups them as near-copies and records one mention per event for each.
 * The same seed gives the same documents, byte for byte.
 */
public final class SyntheticNews {
    static final String RESOURCE = "org/tessera/storebench/synthetic-news.tsv";
    private static final String COUNTRIES = "org/tessera/coding/countries.tsv";
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "da", "pe", "gor", "lin",
        "bar", "tem", "vos", "ul", "an", "es", "ir", "om"};
    private static final String[] SITES = {"wire.example", "daily.example", "herald.example", "post.example", "times.example",
        "courier.example", "observer.example", "tribune.example", "gazette.example", "monitor.example"};
    /** A repost appears within this many documents after its story. */
    private static final int REPOST_WINDOW = 400;

    private final Random random;
    private final LocalDate start;
    private final int days;
    private final Weighted<String> countries = new Weighted<>();
    private final Map<String, String> names = new HashMap<>();
    private final Weighted<String> roles = new Weighted<>();
    private final Weighted<CameoCode> codes = new Weighted<>();
    private final Weighted<Modality> modalities = new Weighted<>();
    private final Weighted<Integer> eventCounts = new Weighted<>();
    private final Weighted<Integer> copyCounts = new Weighted<>();
    private final PriorityQueue<Repost> reposts = new PriorityQueue<>();
    private long produced;
    private long stories;

    /** A document with its coding, as {@link org.tessera.store.StoreWriter#write} takes it. */
    public record Coded(RawDocument raw, DocumentResult result) {
    }

    private record Story(long number, String title, List<String> sentences, List<Coding> codings, LocalDate date) {
    }

    private record Coding(int sentence, String source, String sourceRole, String target, String targetRole, CameoCode code,
                          Modality modality, Location location, LocalDate date) {
    }

    private record Repost(long due, long order, Story story, int copy) implements Comparable<Repost> {
        @Override
        public int compareTo(Repost o) {
            return due != o.due ? Long.compare(due, o.due) : Long.compare(order, o.order);
        }
    }

    /** Documents dated over {@code days} days from {@code start}, in date order. */
    public SyntheticNews(long seed, LocalDate start, int days) {
        this.random = new Random(seed);
        this.start = start;
        this.days = days;
        CameoTable cameo = CameoTable.load();
        Map<String, Double> rootWeights = new HashMap<>();
        double otherCountries = 0;
        Map<String, Double> countryWeights = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(RESOURCE)) {
            String value = r.cell(1);
            double w = weight(r);
            switch (r.cell(0)) {
                case "country" -> {
                    if (value.equals("*")) otherCountries = w;
                    else countryWeights.put(value, w);
                }
                case "role" -> roles.add(value.equals("-") ? "" : value, w);
                case "root" -> rootWeights.put(value, w);
                case "modality" -> modalities.add(Modality.fromJson(value), w);
                case "events" -> eventCounts.add(Integer.parseInt(value), w);
                case "copies" -> copyCounts.add(Integer.parseInt(value), w);
                default -> throw r.error("unknown kind '" + r.cell(0) + "'");
            }
        }
        List<TsvFile.Row> all = TsvFile.resource(COUNTRIES);
        long others = all.stream().filter(r -> !countryWeights.containsKey(r.cell(0))).count();
        for (TsvFile.Row r : all) {
            String iso = r.cell(0);
            names.put(iso, r.cell(1).split("\\|")[0]);
            Double w = countryWeights.get(iso);
            countries.add(iso, w != null ? w : otherCountries / others);
        }
        Map<String, List<CameoCode>> byRoot = new HashMap<>();
        for (CameoCode c : cameo.all()) byRoot.computeIfAbsent(c.root(), k -> new ArrayList<>()).add(c);
        rootWeights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<CameoCode> in = byRoot.getOrDefault(e.getKey(), List.of());
            for (CameoCode c : in) codes.add(c, e.getValue() / in.size());
        });
        if (countries.isEmpty() || roles.isEmpty() || codes.isEmpty() || modalities.isEmpty() || eventCounts.isEmpty() || copyCounts.isEmpty())
            throw new IllegalStateException(RESOURCE + ": every kind needs at least one line");
    }

    private static double weight(TsvFile.Row r) {
        try {
            return Double.parseDouble(r.cell(2));
        } catch (NumberFormatException e) {
            throw r.error("weight must be a number, not '" + r.cell(2) + "'");
        }
    }

    /**
     * The next document: a repost whose time has come, else a new story. {@code expected} is the
     * number of documents the caller will take, which spreads the dates over the whole period.
     */
    public Coded next(long expected) {
        long n = produced++;
        Repost due = reposts.peek();
        if (due != null && due.due() <= n) {
            reposts.poll();
            return document(due.story(), due.copy());
        }
        LocalDate date = start.plusDays(Math.min(days - 1, n * days / Math.max(1, expected)));
        Story s = story(stories++, date);
        int copies = copyCounts.draw(random);
        for (int c = 1; c <= copies; c++) reposts.add(new Repost(n + 1 + random.nextInt(REPOST_WINDOW), n * 16 + c, s, c));
        return document(s, 0);
    }

    private Story story(long number, LocalDate date) {
        int eventCount = eventCounts.draw(random);
        int sentenceCount = eventCount + 3 + random.nextInt(6);
        List<String> sentences = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        boolean[] eventful = new boolean[sentenceCount];
        for (int i = 0; i < eventCount; i++) eventful[Math.min(sentenceCount - 2, i + random.nextInt(3))] = true;
        String lead = countries.draw(random);
        for (int i = 0; i < sentenceCount - 1; i++) {
            if (!eventful[i]) {
                sentences.add(filler());
                continue;
            }
            String source = random.nextInt(3) == 0 ? lead : countries.draw(random);
            String target = random.nextInt(10) == 0 ? null : other(source);
            CameoCode code = codes.draw(random);
            Location loc = random.nextInt(5) < 2 ? place(target == null ? source : target) : null;
            LocalDate day = random.nextInt(4) == 0 ? date.minusDays(1 + random.nextInt(3)) : date;
            Coding c = new Coding(sentences.size(), source, roles.draw(random), target, target == null ? "" : roles.draw(random),
                    code, modalities.draw(random), loc, day);
            codings.add(c);
            sentences.add(eventSentence(c));
        }
        sentences.add("Reporting by " + word() + " " + word() + ".");
        String title = names.get(lead) + " " + codings.stream().findFirst().map(c -> c.code().name().toLowerCase(Locale.ROOT)).orElse("news")
                + " " + word();
        return new Story(number, title, sentences, codings, date);
    }

    private String other(String source) {
        for (int i = 0; i < 8; i++) {
            String t = countries.draw(random);
            if (!t.equals(source)) return t;
        }
        return source; // a domestic event now and then
    }

    private Location place(String country) {
        return new Location(names.get(country) + " " + word(), country, random.nextDouble() * 140 - 60, random.nextDouble() * 360 - 180, null);
    }

    private String eventSentence(Coding c) {
        String target = c.target() == null ? "" : " " + names.get(c.target());
        return names.get(c.source()) + " " + c.code().name().toLowerCase(Locale.ROOT) + target + " " + filler();
    }

    private String filler() {
        int n = 8 + random.nextInt(10);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(word());
        return b.append('.').toString();
    }

    private String word() {
        int n = 2 + random.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return b.toString();
    }

    /** Copy 0 is the story itself; a later copy has its own site, headline and footer. */
    private Coded document(Story s, int copy) {
        String site = SITES[(int) ((s.number() + copy * 7L) % SITES.length)];
        String id = "https://" + site + "/" + s.number() + (copy == 0 ? "" : "-" + copy);
        List<String> sentences = new ArrayList<>(s.sentences());
        String title = s.title();
        LocalDate date = s.date();
        if (copy > 0) {
            sentences.set(sentences.size() - 1, "Copyright " + site + ", reposted by " + word() + ".");
            title = title + " (" + site + ")";
            date = date.plusDays(random.nextInt(2));
        }
        StringBuilder text = new StringBuilder();
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (String sentence : sentences) {
            if (!text.isEmpty()) text.append(' ');
            int begin = text.length();
            text.append(sentence);
            annotated.add(new AnnotatedSentence(annotated.size(), sentence, begin, text.length(), List.of(), List.of(), List.of(), true));
        }
        PartialDate pub = PartialDate.of(date);
        Article a = new Article(id, 0, title, text.toString(), 0, pub, DocumentDateOrigin.PAGE, "en", id);
        List<Event> events = new ArrayList<>();
        for (Coding c : s.codings()) {
            AnnotatedSentence at = annotated.get(c.sentence());
            PartialDate day = PartialDate.of(c.date());
            events.add(new Event(id, 0, at.text(), at.begin(), at.end(), day, c.date().equals(date) ? DateSource.DOCUMENT : DateSource.TEXT,
                    actor(c.source(), c.sourceRole()), c.target() == null ? null : actor(c.target(), c.targetRole()),
                    new Event.Action(c.code(), c.code().name().toLowerCase(Locale.ROOT)), c.modality(), c.location(), 0.6 + random.nextInt(40) / 100.0,
                    new Evidence("synthetic", "bench", c.code().code(), "", ActorEvidence.of(ActorRule.COUNTRY, "bench"), null, false, false, "",
                            c.sentence(), 0, List.of()),
                    new Event.EventContext(title, id, "en", pub, DocumentDateOrigin.PAGE)));
        }
        ArticleResult ar = new ArticleResult(a, new AnnotatedArticle(a, annotated, List.of()), events, null);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        RawDocument raw = new RawDocument(id, id, bytes, "text/plain", null);
        return new Coded(raw, new DocumentResult(id, id, new CleanDocument(id, id, text.toString(), List.of(a)), List.of(ar), List.of(), null));
    }

    private Actor actor(String country, String role) {
        return new Actor(names.get(country), "", country, role, ActorRule.COUNTRY, "bench");
    }
}
