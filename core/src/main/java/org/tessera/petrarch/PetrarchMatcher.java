package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.coding.ParseView;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Token;

/**
 * Codes a parsed sentence the PETRARCH way, in three steps: the {@link PhraseIndex} marks the
 * actor and agent phrases, the {@link VerbPatternMatcher} finds the dictionary verbs and the
 * pattern each fires (its code, else the verb's own), and the {@link ArgumentFinder} reads each
 * verb's sources and targets from the parse. A code {@code A:B} gives A from source to target and
 * B back; a compound subject with no target codes its members with each other. A sentence holding
 * a discard phrase is not coded. Immutable after construction and thread-safe.
 */
public final class PetrarchMatcher {
    /** One coded event: PETRARCH codes as strings, the verb's token index and what produced it. */
    public record Coding(String source, String target, String code, int verb, String evidence) {
    }

    private final PhraseIndex phrases;
    private final VerbPatternMatcher verbs;
    private final List<PetrarchDiscard> discards;

    public PetrarchMatcher(PetrarchDictionaries d) {
        this.phrases = new PhraseIndex(d.actors(), d.agents());
        this.verbs = new VerbPatternMatcher(d.verbs());
        this.discards = d.discards();
    }

    /** The discard phrase the sentence holds, if any. */
    public Optional<PetrarchDiscard> discard(AnnotatedSentence s) {
        TokenWords w = new TokenWords(s.tokens());
        for (PetrarchDiscard d : discards)
            for (int i = 0; i + d.words().size() <= w.size(); i++) if (w.matchesAt(i, d.words())) return Optional.of(d);
        return Optional.empty();
    }

    /** Whether a sentence could hold a PETRARCH actor (used to decide what to parse). */
    public boolean mayHoldActor(List<Token> tokens) {
        return phrases.mayHoldActor(tokens);
    }

    public List<Coding> code(AnnotatedSentence s, LocalDate date) {
        if (!s.parsed() || s.size() == 0 || discard(s).isPresent()) return List.of();
        TokenWords w = new TokenWords(s.tokens());
        ArgumentFinder arguments = new ArgumentFinder(new ParseView(s), w, phrases.mark(w, date));
        Set<Coding> out = new LinkedHashSet<>();
        for (VerbPatternMatcher.VerbMatch m : verbs.matches(w)) {
            if (m.codesNothing()) continue;
            ArgumentFinder.Arguments a = arguments.of(m.verb());
            if (a.targets().isEmpty() && a.sources().size() > 1) {
                for (String x : a.sources())
                    for (String y : a.sources()) if (!x.equals(y)) add(out, x, y, m.forward(), m);
                continue;
            }
            for (String x : a.sources())
                for (String y : a.targets()) {
                    add(out, x, y, m.forward(), m);
                    add(out, y, x, m.backward(), m);
                }
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<Coding> out, String src, String tgt, String code, VerbPatternMatcher.VerbMatch m) {
        if (VerbPatternMatcher.noEvent(code) || src.equals(tgt)) return;
        out.add(new Coding(src, tgt, code, m.verb(), m.evidence()));
    }
}
