package org.tessera.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.data.TsvFile;
import org.tessera.model.Token;

/**
 * Title and group words that give an actor its CAMEO role: "foreign minister" → GOV, "opposition
 * leader" → OPP, "troops" → MIL. Matched on lemmas and words in lower case; when a phrase holds
 * several, the highest priority wins, so "opposition leader" is OPP though "leader" alone is GOV.
 */
public final class RoleLexicon {
    /**
     * A role word found in a phrase: tokens [start, end), its role and priority; {@code alone}: the
     * word names a domestic agent by itself ("police"), which takes the article's country.
     */
    public record Hit(int start, int end, String role, int priority, String phrase, boolean alone) {
    }

    private record Entry(List<String> words, String role, int priority, boolean alone) {
    }

    /** The role column's mark for a word that names its country's actor with no role ("the Turkish side"). */
    private static final String NO_ROLE = "-";

    private final Map<String, List<Entry>> byFirstWord;

    private RoleLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = Map.copyOf(byFirstWord);
    }

    /** Mutable only while being filled; {@link #build()} freezes it. Used to add PETRARCH agents. */
    public static final class Builder {
        private final Map<String, List<Entry>> m = new HashMap<>();

        public Builder add(String phrase, String role, int priority) {
            List<String> words = NameKey.words(phrase);
            if (!words.isEmpty() && !role.isEmpty()) m.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, role, priority, false));
            return this;
        }

        public Builder addAll(RoleLexicon other) {
            other.byFirstWord.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            return this;
        }

        public RoleLexicon build() {
            Map<String, List<Entry>> copy = new HashMap<>();
            m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new RoleLexicon(copy);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static RoleLexicon bundled() {
        Map<String, List<Entry>> m = new HashMap<>();
        for (TsvFile.Row r : TsvFile.resource(ActorDictionary.BASE + "roles.tsv")) {
            List<String> words = NameKey.words(r.cell(0));
            if (words.isEmpty() || r.cell(1).isEmpty()) throw r.error("need phrase and role");
            int prio;
            try {
                prio = r.cell(2).isEmpty() ? 1 : Integer.parseInt(r.cell(2));
            } catch (NumberFormatException e) {
                throw r.error("priority is not a number: " + r.cell(2));
            }
            boolean alone = switch (r.cell(3)) {
                case "alone" -> true;
                case "" -> false;
                default -> throw r.error("the fourth column is 'alone' or empty, not '" + r.cell(3) + "'");
            };
            String role = r.cell(1).equals(NO_ROLE) ? "" : r.cell(1);
            m.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry(words, role, prio, alone));
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return new RoleLexicon(m);
    }

    /** The strongest role phrase among tokens [from, to) of a sentence, restricted to the given token indexes. */
    public Optional<Hit> strongest(List<Token> tokens, java.util.Set<Integer> within) {
        Hit best = null;
        for (int i : within) {
            for (Entry e : candidates(tokens.get(i))) {
                if (!matchesAt(tokens, i, e.words(), within)) continue;
                Hit h = new Hit(i, i + e.words().size(), e.role(), e.priority(), String.join(" ", e.words()), e.alone());
                if (best == null || h.priority() > best.priority()
                        || (h.priority() == best.priority() && h.end() - h.start() > best.end() - best.start())) best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether token {@code t} alone is a role word (a noun like "troops" or "minister"). */
    public Optional<Hit> single(Token t) {
        for (Entry e : candidates(t))
            if (e.words().size() == 1) return Optional.of(new Hit(t.index(), t.index() + 1, e.role(), e.priority(), e.words().get(0), e.alone()));
        return Optional.empty();
    }

    /** Whether token {@code t} opens a role word that names a domestic agent alone ("police", "the opposition"). */
    public boolean opensAgent(Token t) {
        return candidates(t).stream().anyMatch(Entry::alone);
    }

    private List<Entry> candidates(Token t) {
        List<Entry> out = new ArrayList<>(byFirstWord.getOrDefault(NameKey.word(t.word()), List.of()));
        String lemma = NameKey.word(t.lemma());
        if (!lemma.equals(NameKey.word(t.word()))) out.addAll(byFirstWord.getOrDefault(lemma, List.of()));
        return out;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> words, java.util.Set<Integer> within) {
        if (i + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            if (!within.contains(i + k)) return false;
            Token t = tokens.get(i + k);
            String w = words.get(k);
            if (!w.equals(NameKey.word(t.word())) && !w.equals(NameKey.word(t.lemma()))) return false;
        }
        return true;
    }
}
