package org.tessera.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PETRARCH verb file: synonym sets and verb blocks. A block has a default code, its verbs
 * (single or multi-word, some with a code of their own) and the patterns all its verbs share.
 */
public record VerbDictionary(Map<String, List<List<String>>> synsets, List<Block> blocks) {
    public VerbDictionary {
        synsets = Map.copyOf(synsets);
        blocks = List.copyOf(blocks);
    }

    public record Block(String name, String code, List<Verb> verbs, List<Pattern> patterns, String origin) {
        public Block {
            verbs = List.copyOf(verbs);
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * One verb of a block: its words ({@code WIRE TAP}), which word is the verb, its inflected
     * forms as given, and its own code or null for the block's.
     */
    public record Verb(List<String> words, int verbIndex, List<String> forms, String code, String origin) {
        public Verb {
            words = List.copyOf(words);
            forms = List.copyOf(forms);
        }

        public String head() {
            return words.get(verbIndex);
        }
    }

    public enum Kind { WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP, VERB }

    /** One element of a pattern; {@code joined}: must sit right next to the element written before it. */
    public record Element(Kind kind, String text, boolean joined) {
    }

    /** {@code - * AGAINST $ [163]}: elements in written order, the verb among them; code as written ("042:043"). */
    public record Pattern(List<Element> elements, String code, String origin) {
        public Pattern {
            elements = List.copyOf(elements);
        }

        public int verbAt() {
            for (int i = 0; i < elements.size(); i++) if (elements.get(i).kind() == Kind.VERB) return i;
            return -1;
        }
    }

    /** Verbs by the upper-case word that carries them (base and listed forms). */
    public Map<String, List<Entry>> index() {
        Map<String, List<Entry>> m = new HashMap<>();
        for (Block b : blocks)
            for (Verb v : b.verbs()) {
                m.computeIfAbsent(v.head(), k -> new ArrayList<>()).add(new Entry(b, v));
                for (String f : v.forms()) if (!f.equals(v.head())) m.computeIfAbsent(f, k -> new ArrayList<>()).add(new Entry(b, v));
            }
        return m;
    }

    public record Entry(Block block, Verb verb) {
        public String code() {
            return verb.code() != null ? verb.code() : block.code();
        }
    }

    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }
}
