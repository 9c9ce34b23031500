package org.tessera.petrarch;

import java.util.List;

/** A discard phrase: a sentence holding it is not coded; with {@code story} the whole article is not. */
public record PetrarchDiscard(List<String> words, boolean story, String origin) {
    public PetrarchDiscard {
        words = List.copyOf(words);
    }

    static List<PetrarchDiscard> read(List<DictionaryLines.Line> lines, java.util.function.Consumer<String> problems) {
        List<PetrarchDiscard> out = new java.util.ArrayList<>();
        for (DictionaryLines.Line l : lines) {
            String t = l.text().strip();
            boolean story = t.startsWith("+");
            if (story) t = t.substring(1);
            int semi = t.indexOf(';');
            if (semi >= 0) t = t.substring(0, semi);
            List<String> w = DictionaryLines.words(t);
            if (w.isEmpty() || t.contains("[")) problems.accept(l.where() + ": not a discard phrase");
            else out.add(new PetrarchDiscard(w, story, l.where()));
        }
        return out;
    }
}
