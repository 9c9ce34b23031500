package org.tessera.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens, dependency parse and time expressions. {@code begin}/{@code end}
 * are character offsets in the article text. {@code parsed} is false when the sentence was not
 * worth a dependency parse (no possible actor) or was too long to parse; {@code dependencies}
 * is then empty.
 */
public record AnnotatedSentence(int index, String text, int begin, int end, List<Token> tokens,
                                List<Dependency> dependencies, List<TimeExpression> times, boolean parsed) {
    public AnnotatedSentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Edges whose governor is token {@code i}. */
    public List<Dependency> dependentsOf(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == i) out.add(d);
        return out;
    }

    /** The edge that attaches token {@code i} to its head, or null for the root or an unparsed sentence. */
    public Dependency headEdge(int i) {
        for (Dependency d : dependencies) if (d.dependent() == i) return d;
        return null;
    }

    /** The words of tokens [from, to) joined as they appear in the text. */
    public String span(int from, int to) {
        if (from >= to) return "";
        int b = tokens.get(from).begin() - begin;
        int e = tokens.get(to - 1).end() - begin;
        if (b < 0 || e > text.length() || b > e) {
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < to; i++) sb.append(i > from ? " " : "").append(tokens.get(i).word());
            return sb.toString();
        }
        return text.substring(b, e);
    }
}
