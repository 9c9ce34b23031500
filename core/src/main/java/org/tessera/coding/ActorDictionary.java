package org.tessera.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.data.TsvFile;
import org.tessera.model.Token;

/**
 * Names of countries, capitals, nationalities, organisations and people, looked up as token
 * sequences. Built once from our data files (and optionally from PETRARCH dictionaries); immutable
 * and shared by all threads.
 */
public final class ActorDictionary {
    static final String BASE = "org/tessera/coding/";
    /** Marks, in an entry's source, a name we derived rather than read (a bare surname). */
    static final String INFERRED = "#inferred";
    private final Map<String, List<DictionaryEntry>> byKey;
    private final int longest;
    private final java.util.Set<String> countries;
    private final java.util.Set<String> lowerInitial;
    private final java.util.Set<String> lowerFirstWords;

    /** One-word names only ever written with their article ("the West"): not a word of a longer name ("West Darfur"). */
    private final java.util.Set<String> articleOnly;

    private ActorDictionary(Map<String, List<DictionaryEntry>> byKey, java.util.Set<String> lowerInitial, java.util.Set<String> articleOnly) {
        Map<String, List<DictionaryEntry>> copy = new HashMap<>();
        java.util.Set<String> countryCodes = new java.util.HashSet<>();
        int max = 1;
        for (var e : byKey.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
            max = Math.max(max, e.getKey().split(" ").length);
            for (DictionaryEntry x : e.getValue()) if (x.kind() == ActorKind.COUNTRY) countryCodes.add(x.country());
        }
        this.byKey = Map.copyOf(copy);
        this.longest = max;
        this.countries = java.util.Set.copyOf(countryCodes);
        this.lowerInitial = java.util.Set.copyOf(lowerInitial);
        this.articleOnly = java.util.Set.copyOf(articleOnly);
        this.lowerFirstWords = lowerInitial.stream().map(k -> k.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A name found in a sentence: tokens [start, end). */
    public record Match(int start, int end, List<DictionaryEntry> entries) {
        public int length() {
            return end - start;
        }
    }

    /** Mutable only while being filled; {@link #build()} freezes it. */
    public static final class Builder {
        private final Map<String, List<DictionaryEntry>> byKey = new HashMap<>();
        private final java.util.Set<String> lowerInitial = new java.util.HashSet<>();
        private final java.util.Set<String> withArticle = new java.util.HashSet<>();
        private final java.util.Set<String> bare = new java.util.HashSet<>();

        /**
         * Adds a name, also in the form the tokenizer writes it ("al - Shabaab" for "al-Shabaab"). A
         * name that opens with a lower-case particle and a hyphen ("al-Qaeda") is found written so.
         */
        public Builder add(String phrase, DictionaryEntry entry) {
            List<String> words = NameKey.words(phrase);
            if (words.isEmpty()) return this;
            if (words.size() == 1) (phrase.strip().toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? withArticle : bare).add(words.get(0));
            List<String> split = NameKey.words(phrase.replace("-", " - "));
            for (String key : new java.util.LinkedHashSet<>(List.of(NameKey.key(words), NameKey.key(split)))) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
                if (words.get(0).contains("-") && Character.isLowerCase(phrase.strip().codePointAt(0))) lowerInitial.add(key);
            }
            return this;
        }

        public Builder addAll(ActorDictionary other) {
            other.byKey.forEach((k, v) -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            lowerInitial.addAll(other.lowerInitial);
            withArticle.addAll(other.articleOnly);
            return this;
        }

        boolean lacks(String phrase) {
            return !byKey.containsKey(NameKey.key(NameKey.words(phrase)));
        }

        public ActorDictionary build() {
            java.util.Set<String> articleOnly = new java.util.HashSet<>(withArticle);
            articleOnly.removeAll(bare);
            return new ActorDictionary(byKey, lowerInitial, articleOnly);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Our bundled dictionaries: countries, historical aliases, organisations, groups and domestic bodies, people. */
    public static ActorDictionary bundled() {
        Builder b = builder();
        for (TsvFile.Row r : TsvFile.resource(BASE + "countries.tsv")) {
            String iso = r.cell(0);
            List<String> names = TsvFile.alternatives(r.cell(1));
            String canonical = names.isEmpty() ? iso : names.get(0);
            for (String n : names) b.add(n, new DictionaryEntry(ActorKind.COUNTRY, iso, "", canonical, null, null, r.where()));
            for (String n : TsvFile.alternatives(r.cell(2)))
                b.add(n, new DictionaryEntry(ActorKind.ADJECTIVE, iso, "", canonical, null, null, r.where()));
            for (String n : TsvFile.alternatives(r.cell(3)))
                b.add(n, new DictionaryEntry(ActorKind.CAPITAL, iso, "GOV", canonical, null, null, r.where()));
        }
        for (TsvFile.Row r : TsvFile.resource(BASE + "country-aliases.tsv")) {
            b.add(r.cell(0), new DictionaryEntry(aliasKind(r), r.cell(1), "", r.cell(0), null, null, r.where()));
        }
        for (TsvFile.Row r : TsvFile.resource(BASE + "organisations.tsv")) {
            List<String> names = TsvFile.alternatives(r.cell(2));
            String canonical = names.isEmpty() ? r.cell(0) : names.get(0);
            for (String n : names)
                b.add(n, new DictionaryEntry(ActorKind.ORGANISATION, r.cell(0), r.cell(1), canonical, null, null, r.where()));
        }
        for (String file : List.of("groups.tsv", "domestic-bodies.tsv")) {
            for (TsvFile.Row r : TsvFile.resource(BASE + file)) {
                List<String> names = names(r);
                DictionaryEntry e = dated(r, ActorKind.GROUP, names.get(0));
                for (String n : names) b.add(n, e);
            }
        }
        Map<String, java.util.Set<String>> bySurname = new HashMap<>();
        java.util.Set<String> givenNames = new java.util.HashSet<>();
        List<DictionaryEntry> people = new ArrayList<>();
        for (TsvFile.Row r : TsvFile.resource(BASE + "people.tsv")) {
            List<String> names = names(r);
            DictionaryEntry e = dated(r, ActorKind.PERSON, names.get(0));
            for (String n : names) b.add(n, e);
            people.add(e);
            String[] w = names.get(0).split("\\s+");
            if (w.length == 2) bySurname.computeIfAbsent(NameKey.word(w[1]), k -> new java.util.HashSet<>()).add(names.get(0));
            if (w.length >= 2) givenNames.add(NameKey.word(w[0]));
        }
        // A bare surname ("Hata") or an East Asian surname-first order ("Hata Tsutomu") that names one person only
        // is added too, marked INFERRED: the resolver accepts it only where CoreNLP also tagged a person. A surname
        // that is another person's given name ("Michel": Charles Michel, Michel Barnier) names nobody alone.
        for (DictionaryEntry e : people) {
            String[] w = e.name().split("\\s+");
            if (w.length != 2 || bySurname.getOrDefault(NameKey.word(w[1]), java.util.Set.of()).size() != 1
                    || givenNames.contains(NameKey.word(w[1]))) continue;
            DictionaryEntry inferred = new DictionaryEntry(e.kind(), e.country(), e.role(), e.name(), e.from(), e.to(), e.source() + INFERRED);
            if (b.lacks(w[1])) b.add(w[1], inferred);
            if (b.lacks(w[1] + " " + w[0])) b.add(w[1] + " " + w[0], inferred);
        }
        return b.build();
    }

    private static List<String> names(TsvFile.Row r) {
        List<String> names = TsvFile.alternatives(r.cell(0));
        if (names.isEmpty()) throw r.error("no name");
        return names;
    }

    /** A row of the people or group files: names, country, role, from, to. */
    private static DictionaryEntry dated(TsvFile.Row r, ActorKind kind, String name) {
        LocalDate from = DictionaryDates.start(r.cell(3)).orElse(null);
        LocalDate to = DictionaryDates.end(r.cell(4)).orElse(null);
        return new DictionaryEntry(kind, r.cell(1), r.cell(2), name, from, to, r.where());
    }

    /** The kind column of country-aliases.tsv: a name of the country, or its adjective or demonym. */
    private static ActorKind aliasKind(TsvFile.Row r) {
        return switch (r.cell(2)) {
            case "country" -> ActorKind.COUNTRY;
            case "adjective" -> ActorKind.ADJECTIVE;
            default -> throw r.error("kind must be country or adjective, not '" + r.cell(2) + "'");
        };
    }

    /**
     * All names in the sentence, longest first where they overlap; a name must start with a capital
     * letter, but for one that opens with a lower-case particle and a hyphen ("al-Qaeda").
     */
    public List<Match> find(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = null;
            String first = tokens.get(i).word();
            boolean capital = !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
            boolean particle = !capital && lowerFirstWords.contains(NameKey.word(first));
            for (int len = Math.min(longest, tokens.size() - i); len >= 1 && best == null && (capital || particle); len--) {
                List<String> words = new ArrayList<>(len);
                for (int k = i; k < i + len; k++) words.add(NameKey.word(tokens.get(k).word()));
                String key = NameKey.key(words);
                List<DictionaryEntry> hit = byKey.get(key);
                if (hit != null && (capital || lowerInitial.contains(key)) && !(len == 1 && inLongerName(tokens, i, key))) best = new Match(i, i + len, hit);
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "West Darfur State": a name known only as "the West" opening a longer capitalised name is a word of that name. */
    private boolean inLongerName(List<Token> tokens, int i, String key) {
        if (!articleOnly.contains(key) || i + 1 >= tokens.size()) return false;
        String next = tokens.get(i + 1).word();
        return !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
    }

    /** Exact look-up of a phrase (for tests and for the memory of names). */
    public List<DictionaryEntry> lookup(String phrase) {
        return byKey.getOrDefault(NameKey.key(NameKey.words(phrase)), List.of());
    }

    /**
     * Of several entries for one name, the one that holds on the date: a dated period (a term, a
     * party in government) before the name's undated row, a place or body before a person. Where
     * none holds, the period that ended last: a former office holder is still his country's
     * ("Yeltsin" in a history written in 2016); a name before its first period is none (Charles
     * Michel in 2015 was no EU president). Without a date every entry holds, the latest first.
     */
    public static Optional<DictionaryEntry> best(List<DictionaryEntry> entries, LocalDate on) {
        List<DictionaryEntry> holding = entries.stream().filter(e -> on == null || e.holdsOn(on)).toList();
        if (holding.isEmpty())
            return entries.stream().filter(e -> e.to() != null && e.to().isBefore(on)).max(Comparator.comparing(DictionaryEntry::to));
        return holding.stream().min(Comparator
                .comparing((DictionaryEntry e) -> e.kind() == ActorKind.PERSON ? 1 : 0)
                .thenComparing(e -> e.isDated() ? 0 : 1)
                .thenComparing(e -> e.to() == null ? 0 : 1));
    }

    /**
     * The person's entry nearest the date: the term that holds on it ({@link #best}), else the term
     * that ended last before it, else the first term still to come. The caller tells a term that
     * holds from one that does not: outside every term a person is his country's elite, not its
     * government (CAMEO's former and future leaders, "USAELI").
     */
    static Optional<DictionaryEntry> nearestTerm(List<DictionaryEntry> entries, LocalDate on) {
        Optional<DictionaryEntry> best = best(entries, on);
        if (best.isPresent() || on == null) return best;
        return entries.stream().filter(e -> e.from() != null && e.from().isAfter(on)).min(Comparator.comparing(DictionaryEntry::from));
    }

    /** Whether {@code code} is a country's (an ISO code of a country name), not an organisation's own code. */
    public boolean isCountry(String code) {
        return countries.contains(code);
    }

    public int size() {
        return byKey.size();
    }
}
