package org.tessera.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.model.Token;

/**
 * The fine-grained NER types the coder reads (COUNTRY, NATIONALITY, STATE_OR_PROVINCE and the
 * cased CITY list), tagged from CoreNLP's own KBP word lists by hash look-up instead of by
 * CoreNLP's TokensRegex matcher, which spent half of all annotation time on them, most of it on
 * types the coder never reads (job titles, ideologies, religions, charges, causes of death).
 * <p>
 * It keeps that annotator's rules for the lists it reads: the caseless list matches whatever the
 * case, the cased one exactly; a match needs a noun, adjective or address token (the caseless
 * list's POS condition, which CoreNLP applies to every match); overlapping matches go to the
 * higher priority, then the longer, then the earlier; and a match overwrites only background
 * tags, tags of these lists, or the tags its entry names, never cutting across a longer name
 * the statistical NER found (a sequence of LOCATION tokens may always be refined). Entries are
 * mostly literal; the few regular ones ("Calif\.?") are expanded into their literal forms, and
 * the rare others are matched as patterns. Immutable and thread-safe.
 */
public final class WordListTagger {
    static final Set<String> TYPES = Set.of("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY");
    private static final Set<String> CASELESS_TYPES = Set.of("COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE");
    /** Tags any entry may overwrite: the background symbols and the lists' own types (CoreNLP's "myLabels"). */
    private static final Set<String> OVERWRITABLE = Set.of("O", "MISC", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE", "CITY");
    private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
    private static final Pattern META = Pattern.compile("[\\[\\](){}*+|^$]");

    /** One list entry: its token patterns, type, what it may overwrite, priority and place in the lists. */
    record Entry(List<String> words, boolean ignoreCase, String type, Set<String> overwritable, double priority, int order) {
    }

    /** Entries by their first word (lower-cased), longest first within equal priority. */
    private final Map<String, List<Entry>> byFirstWord;
    /** Entries whose first word is a pattern: tried at every position (a handful). */
    private final List<Entry> patterned;
    private final Map<String, Pattern> patterns;

    private WordListTagger(Map<String, List<Entry>> byFirstWord, List<Entry> patterned, Map<String, Pattern> patterns) {
        this.byFirstWord = byFirstWord;
        this.patterned = patterned;
        this.patterns = patterns;
    }

    /** The tagger over CoreNLP's KBP lists in its models jar. */
    public static WordListTagger kbp() {
        Builder b = new Builder();
        b.read(KbpGazetteer.CASELESS, true);
        b.read(KbpGazetteer.CASED, false);
        return b.build();
    }

    /** A tagger over lines in CoreNLP's mapping format (pattern, type, overwritable types, priority), for tests. */
    static WordListTagger of(List<String> caselessLines, List<String> casedLines) {
        Builder b = new Builder();
        caselessLines.forEach(l -> b.add(l, true));
        casedLines.forEach(l -> b.add(l, false));
        return b.build();
    }

    /** The tokens with the list types tagged where an entry matches and may overwrite what is there. */
    public List<Token> tag(List<Token> tokens) {
        List<int[]> matches = new ArrayList<>();
        List<Entry> matched = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Entry> candidates = byFirstWord.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
            if (candidates != null) for (Entry e : candidates) collect(e, tokens, i, matches, matched);
            for (Entry e : patterned) collect(e, tokens, i, matches, matched);
        }
        if (matches.isEmpty()) return tokens;
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) order.add(k);
        order.sort(Comparator.<Integer>comparingDouble(k -> -matched.get(k).priority())
                .thenComparingInt(k -> -(matches.get(k)[1] - matches.get(k)[0]))
                .thenComparingInt(k -> matches.get(k)[0])
                .thenComparingInt(k -> matched.get(k).order()));
        boolean[] taken = new boolean[tokens.size()];
        List<Token> out = new ArrayList<>(tokens);
        for (int k : order) {
            int start = matches.get(k)[0];
            int end = matches.get(k)[1];
            if (anyTaken(taken, start, end)) continue;
            for (int i = start; i < end; i++) taken[i] = true;
            Entry e = matched.get(k);
            if (!hasValidPos(tokens, start, end) || !mayOverwrite(e, out, start, end)) continue;
            for (int i = start; i < end; i++) {
                Token t = out.get(i);
                out.set(i, new Token(t.index(), t.word(), t.lemma(), t.pos(), e.type(), t.begin(), t.end()));
            }
        }
        return out;
    }

    private void collect(Entry e, List<Token> tokens, int start, List<int[]> matches, List<Entry> matched) {
        int n = e.words().size();
        if (start + n > tokens.size()) return;
        for (int j = 0; j < n; j++) if (!matches(e, j, tokens.get(start + j).word())) return;
        matches.add(new int[] {start, start + n});
        matched.add(e);
    }

    private boolean matches(Entry e, int j, String word) {
        String w = e.words().get(j);
        Pattern p = patterns.get(patternKey(e.ignoreCase(), w));
        if (p != null) return p.matcher(word).matches();
        return e.ignoreCase() ? w.equalsIgnoreCase(word) : w.equals(word);
    }

    /** Patterns are kept by list as well as by text: the cased list's must match case and all. */
    private static String patternKey(boolean ignoreCase, String word) {
        return (ignoreCase ? "i:" : "c:") + word;
    }

    private static boolean anyTaken(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static boolean hasValidPos(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) if (tokens.get(i).pos() != null && VALID_POS.matcher(tokens.get(i).pos()).matches()) return true;
        return false;
    }

    /** CoreNLP's rule for overwriting the tags already on the matched tokens. */
    private static boolean mayOverwrite(Entry e, List<Token> tokens, int start, int end) {
        boolean allLocation = true;
        for (int i = start; i < end; i++) if (!tokens.get(i).ner().equals("LOCATION")) allLocation = false;
        if (allLocation) return true;
        String startNer = tokens.get(start).ner();
        String endNer = tokens.get(end - 1).ner();
        // A match must not cut across a longer name of another type: "New York Times" is not a state.
        if (!OVERWRITABLE.contains(startNer) && start > 0 && tokens.get(start - 1).ner().equals(startNer)) return false;
        if (!OVERWRITABLE.contains(endNer) && end < tokens.size() && tokens.get(end).ner().equals(endNer)) return false;
        for (int i = start + 1; i < end; i++) if (!tokens.get(i).ner().equals(startNer)) return true;
        if (e.overwritable().contains(startNer)) return true;
        // CITY entries overwrite only what they name (CoreNLP's default "noDefaultOverwriteLabels").
        return !e.type().equals("CITY") && OVERWRITABLE.contains(startNer);
    }

    /** Reads the lists, expanding optional characters, keeping the first entry of each pattern. */
    private static final class Builder {
        private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
        private final List<Entry> patterned = new ArrayList<>();
        private final Map<String, Pattern> patterns = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private int order;

        void read(String resource, boolean ignoreCase) {
            try (InputStream in = WordListTagger.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("CoreNLP models jar lacks " + resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) add(line, ignoreCase);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the NER word list " + resource + ": " + e.getMessage(), e);
            }
        }

        void add(String line, boolean ignoreCase) {
            String[] f = line.split("\t");
            if (f.length < 2) return;
            String type = f[1].trim();
            if (!(ignoreCase ? CASELESS_TYPES : TYPES).contains(type)) return;
            Set<String> overwritable = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].trim().split("\\s*,\\s*")) : Set.of();
            double priority = f.length > 3 && !f[3].isBlank() ? Double.parseDouble(f[3].trim()) : 0;
            String key = ignoreCase ? f[0].trim().toLowerCase(Locale.ROOT) : f[0].trim();
            if (!seen.add(patternKey(ignoreCase, key))) return;
            int o = order++;
            for (List<String> words : expand(f[0].trim().split("\\s+"), ignoreCase)) {
                Entry e = new Entry(words, ignoreCase, type, overwritable, priority, o);
                String first = words.get(0);
                if (patterns.containsKey(patternKey(ignoreCase, first))) {
                    patterned.add(e);
                } else {
                    byFirstWord.computeIfAbsent(first.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
                }
            }
        }

        /** Each word's literal forms ("Calif\.?" is "Calif" and "Calif."); a word that is a real pattern stays one. */
        private List<List<String>> expand(String[] words, boolean ignoreCase) {
            List<List<String>> out = new ArrayList<>();
            out.add(new ArrayList<>());
            for (String w : words) {
                List<String> forms = literalForms(w);
                if (forms == null) {
                    patterns.computeIfAbsent(patternKey(ignoreCase, w),
                            k -> Pattern.compile(w, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
                    forms = List.of(w);
                }
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : out) {
                    for (String form : forms) {
                        List<String> l = new ArrayList<>(prefix);
                        l.add(form);
                        next.add(l);
                    }
                }
                out = next;
            }
            return out;
        }

        /** The strings a word pattern of literal characters, escapes and optional characters matches; null for anything else. */
        static List<String> literalForms(String w) {
            if (META.matcher(w).find()) return null;
            List<String> out = new ArrayList<>();
            out.add("");
            int i = 0;
            while (i < w.length()) {
                char c = w.charAt(i);
                String unit;
                if (c == '\\' && i + 1 < w.length()) {
                    char n = w.charAt(i + 1);
                    if (Character.isLetterOrDigit(n)) return null; // \d, \w, \s...: a character class
                    unit = String.valueOf(n);
                    i += 2;
                } else if (c == '.') {
                    return null; // any character
                } else {
                    unit = String.valueOf(c);
                    i++;
                }
                boolean optional = i < w.length() && w.charAt(i) == '?';
                if (optional) i++;
                List<String> next = new ArrayList<>();
                for (String s : out) {
                    next.add(s + unit);
                    if (optional) next.add(s);
                }
                out = next;
                if (out.size() > 64) return null;
            }
            return out;
        }

        WordListTagger build() {
            Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> -e.words().size());
            byFirstWord.values().forEach(l -> l.sort(longestFirst));
            return new WordListTagger(Map.copyOf(byFirstWord), List.copyOf(patterned), Map.copyOf(patterns));
        }
    }
}
