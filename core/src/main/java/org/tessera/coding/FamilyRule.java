package org.tessera.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.data.WordClasses;

/**
 * CAMEO's verbal families as one rule. At a verb that frames an action ({@link ActionFrames}: "threatened
 * to", "called for", "refused to", "lifted"), find the action it governs ({@link EmbeddedAction}: the
 * infinitive, a would-clause, an object or a prepositional noun naming an action), classify it
 * ({@link ActionClassifier}) and read the code from the table ({@link FamilyTable}): the family's column
 * of the class's row, or for a reverse verb the material code of the class's reversal. The source is the
 * frame verb's subject; the target is found on the frame verb, else where the embedded action's own
 * lexicon pattern or slots find it ("Paris threatened to restrict imports from Berlin"). Immutable and
 * thread-safe.
 */
final class FamilyRule {
    /** Where an embedded action without a lexicon pattern of its own may name its target. */
    private static final List<String> ACTION_SLOTS = List.of("obj", "iobj", "to", "on", "against", "with", "from", "between");

    private final VerbalFamilies families;
    private final ActionClassifier classifier;
    private final PatternMatcher matcher;
    private final ArgumentFinder arguments;
    private final WordClasses<ModalityCue> cues;

    FamilyRule(VerbalFamilies families, PatternMatcher matcher, ArgumentFinder arguments, WordClasses<ModalityCue> cues) {
        this.families = Objects.requireNonNull(families);
        this.classifier = families.classifier();
        this.matcher = Objects.requireNonNull(matcher);
        this.arguments = Objects.requireNonNull(arguments);
        this.cues = Objects.requireNonNull(cues);
    }

    /** The family or reverse event at token t, if t is a frame verb governing an action it can code. */
    Optional<FamilyMatch> at(ParseView view, int t) {
        if (!view.token(t).isVerb()) return Optional.empty();
        Optional<ActionFrames.FrameWord> word = frameWord(view, t);
        if (word.isEmpty()) return Optional.empty();
        ActionFrame frame = word.get().frame();
        Optional<EmbeddedAction> action = frame == ActionFrame.REVERSE ? undone(view, t, word.get()) : embedded(view, t, word.get());
        if (action.isEmpty()) return Optional.empty();
        EmbeddedAction a = action.get();
        Optional<String> code = frame == ActionFrame.REVERSE ? a.actionClass().flatMap(families.table()::material)
                : Optional.of(families.table().familyCode(frame, a.actionClass()));
        if (code.isEmpty()) return Optional.empty();
        FamilyTable.Row row = families.table().row(a.actionClass());
        String cls = row.actionClass().equals(FamilyTable.UNCLASSIFIED) ? "unclassified" : row.actionClass();
        EventPattern p = new EventPattern(frame.fileName() + "." + cls, code.get(), Set.of(view.lemma(t)), false,
                List.of(new EventPattern.Requirement(a.link(), Set.of(view.lemma(a.head())), true)),
                // Yielding on a domestic measure may name no target ("eased the curfew"): the coder then takes the actor's own country.
                word.get().targets(), List.of(), frame == ActionFrame.REVERSE && code.get().startsWith("08"), row.origin(),
                frame == ActionFrame.INTENT);
        PatternMatch m = new PatternMatch(p, t, a.tokens());
        return Optional.of(new FamilyMatch(m, a, targetTiers(view, m, a, frame)));
    }

    /** The verb with its particle ("turn down"), with its object ("reached a consensus to"), then alone. */
    private Optional<ActionFrames.FrameWord> frameWord(ParseView view, int t) {
        List<Integer> partners = new ArrayList<>(view.children(t, "compound:prt"));
        partners.addAll(PatternMatcher.dependents(view, t, "obj"));
        for (int c : partners) {
            Optional<ActionFrames.FrameWord> w = families.frames().get(view.lemma(t) + " " + view.lemma(c));
            if (w.isPresent()) return w;
        }
        return families.frames().get(view.lemma(t));
    }

    /** The action a family verb governs, by the links its entry lists, in order. */
    private Optional<EmbeddedAction> embedded(ParseView view, int t, ActionFrames.FrameWord word) {
        for (String link : word.embedding()) {
            if (link.equals("xcomp") || link.equals("ccomp")) {
                for (int x : view.children(t, link)) {
                    if (!view.token(x).isVerb() || link.equals("ccomp") && !plannedClause(view, x)) continue;
                    List<Integer> tokens = new ArrayList<>(List.of(x));
                    tokens.addAll(PatternMatcher.dependents(view, x, "obj"));
                    return Optional.of(new EmbeddedAction(x, tokens, classifier.classOf(view, x), link));
                }
                continue;
            }
            List<Integer> nouns = link.equals("obj") ? PatternMatcher.dependents(view, t, "obj") : view.prepositional(t, link);
            for (int n : nouns) {
                Optional<String> cls = classifier.classOf(view, n);
                if (cls.isPresent() && view.token(n).isNoun()) return Optional.of(new EmbeddedAction(n, List.of(n), cls, link));
            }
        }
        return Optional.empty();
    }

    /** The action a reverse verb undoes: its object, when the table knows what undoing it is. */
    private Optional<EmbeddedAction> undone(ParseView view, int t, ActionFrames.FrameWord word) {
        for (String link : word.embedding()) {
            List<Integer> nouns = link.equals("obj") ? PatternMatcher.dependents(view, t, "obj") : view.prepositional(t, link);
            for (int n : nouns) {
                Optional<String> reversal = classifier.reversalOf(view, n);
                if (reversal.isPresent()) return Optional.of(new EmbeddedAction(n, List.of(n), reversal, link));
            }
        }
        return Optional.empty();
    }

    /** "warned it would impose", "demanded that Moscow withdraw": a clause of what is to come, not of what was. */
    private boolean plannedClause(ParseView view, int x) {
        if (view.token(x).pos().equals("VB") && view.children(x, "aux").isEmpty()) return true;
        for (int c : view.children(x, "aux")) {
            String w = view.token(c).word();
            if (cues.is(w, ModalityCue.FUTURE_AUX) || cues.is(w, ModalityCue.PAST_FUTURE_AUX)) return true;
        }
        return false;
    }

    /**
     * The frame verb's own slots, one at a time; a clause's subject ("demanded that Moscow withdraw");
     * the targets of each lexicon pattern that fits the embedded action; then the action's plain slots.
     * A reverse verb's slots are read on the noun it undoes too ("lifted sanctions on Minsk").
     */
    private List<List<Integer>> targetTiers(ParseView view, PatternMatch m, EmbeddedAction a, ActionFrame frame) {
        List<List<Integer>> tiers = new ArrayList<>();
        List<Integer> own = frame == ActionFrame.REVERSE ? arguments.places(view, m.trigger(), a.tokens()) : List.of(m.trigger());
        for (String slot : m.pattern().targetSlots()) tiers.add(arguments.filling(view, own, slot));
        if (a.link().equals("ccomp")) tiers.add(view.children(a.head(), "nsubj"));
        for (PatternMatch inner : matcher.at(view, a.head())) tiers.add(arguments.targets(view, inner));
        List<Integer> places = arguments.places(view, a.head(), a.tokens());
        for (String slot : ACTION_SLOTS) tiers.add(arguments.filling(view, places, slot));
        return tiers;
    }
}
