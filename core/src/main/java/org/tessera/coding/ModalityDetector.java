package org.tessera.coding;

import java.util.Objects;
import org.tessera.data.WordClasses;
import org.tessera.model.Modality;

/**
 * Decides whether the text says an event happened. Read off the trigger's own auxiliaries and
 * negation, then up the chain of verbs it depends on: "refused to meet" and "did not impose" are
 * negated, "will visit" and "plans to visit" future, "could impose" and "if they impose"
 * hypothetical, and an event inside what somebody said ("Lavrov said Abe expressed interest")
 * reported; a travel verb's bare present in running text ("He visits Rome before flying on to
 * Cairo") is a schedule, future. The strongest wins: negated, then hypothetical, future, reported. The words are data
 * ({@link ModalityCue}, {@link VerbClass}); which relations to read them through is the parser's
 * structure and stays here. Immutable and thread-safe.
 */
public final class ModalityDetector {
    private static final String SCHEDULE = "schedule:";
    private final WordClasses<ModalityCue> cues;
    private final WordClasses<VerbClass> verbs;

    public ModalityDetector(WordClasses<ModalityCue> cues, WordClasses<VerbClass> verbs) {
        this.cues = Objects.requireNonNull(cues);
        this.verbs = Objects.requireNonNull(verbs);
    }

    /** A detector over our bundled word lists. */
    public static ModalityDetector bundled() {
        return new ModalityDetector(ModalityCue.bundled(), VerbClass.bundled());
    }

    /** The modality of the event at {@code trigger}, with the cue that decided it. */
    public ModalityReading detect(ParseView view, int trigger) {
        Cue cue = new Cue();
        Modality m = detect(view, trigger, cue);
        return new ModalityReading(m, m == Modality.ASSERTED ? "" : cue.text);
    }

    /** Collects the cue of the strongest modality seen so far; local to one call. */
    private static final class Cue {
        private String text = "";

        Modality note(Modality current, Modality found, String why) {
            if (rank(found) > rank(current)) text = why;
            return stronger(current, found);
        }
    }

    private Modality detect(ParseView view, int trigger, Cue cue) {
        Modality result = Modality.ASSERTED;
        if (view.token(trigger).isNoun()) {
            for (int c : view.children(trigger)) {
                String w = view.token(c).word().toLowerCase();
                if (cues.is(w, ModalityCue.FUTURE_MODIFIER)) result = cue.note(result, Modality.FUTURE, "modifier:" + w);
                if (cues.is(w, ModalityCue.HYPOTHETICAL_MODIFIER)) result = cue.note(result, Modality.HYPOTHETICAL, "modifier:" + w);
            }
        }
        int x = trigger;
        boolean reportedOrPastFrame = false;
        String speech = "";
        for (int steps = 0; x >= 0 && steps < 8; steps++) {
            for (int c : view.children(x)) {
                String rel = view.baseRelation(c);
                String w = view.token(c).word().toLowerCase();
                String lemma = view.lemma(c);
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") && c < x) && cues.is(w, ModalityCue.NEGATOR))
                    return cue.note(result, Modality.NEGATED, "negation:" + w);
                if (rel.equals("aux")) {
                    if (cues.is(w, ModalityCue.HYPOTHETICAL_AUX)) result = cue.note(result, Modality.HYPOTHETICAL, "aux:" + w);
                    else if (cues.is(w, ModalityCue.FUTURE_AUX) || cues.is(lemma, ModalityCue.FUTURE_AUX)) result = cue.note(result, Modality.FUTURE, "aux:" + w);
                    else if (cues.is(w, ModalityCue.PAST_FUTURE_AUX)) result = cue.note(result, inPastFrame(view, x) ? Modality.FUTURE : Modality.HYPOTHETICAL, "aux:" + w);
                }
                if (rel.equals("mark") && cues.is(w, ModalityCue.CONDITIONAL_MARK)) result = cue.note(result, Modality.HYPOTHETICAL, "mark:" + w);
            }
            String rel = view.baseRelation(x);
            int h = view.head(x);
            if (h < 0) break;
            String governor = view.lemma(h);
            if (rel.equals("xcomp") || (rel.equals("advcl") && view.token(x).pos().equals("VB"))) {
                if (verbs.is(governor, VerbClass.NEGATING)) return cue.note(result, Modality.NEGATED, "governor:" + governor);
                if (verbs.is(governor, VerbClass.IRREALIS)) result = cue.note(result, Modality.HYPOTHETICAL, "governor:" + governor);
                else if (verbs.is(governor, VerbClass.INTENT) || verbs.is(view.token(h).word(), VerbClass.INTENT))
                    result = cue.note(result, Modality.FUTURE, "governor:" + governor);
                else if (!verbs.is(governor, VerbClass.REALIS) && hasInfinitiveMark(view, x)) result = cue.note(result, Modality.HYPOTHETICAL, "infinitive:" + governor);
            } else if (rel.equals("ccomp") || rel.equals("csubj") || rel.equals("parataxis")) {
                if (verbs.is(governor, VerbClass.SPEECH)) {
                    reportedOrPastFrame = true;
                    speech = governor;
                } else if (verbs.is(governor, VerbClass.IRREALIS) && !pastUnderVerb(view, x, h)) {
                    // "it is unlikely that he will back down", "it is possible that they attacked"
                    result = cue.note(result, Modality.HYPOTHETICAL, "governor:" + governor);
                }
            } else if (rel.equals("advcl") || rel.equals("acl")) {
                // "to discuss", "the decision to limit": purpose and noun complements have not (yet) happened.
                if (hasInfinitiveMark(view, x)) result = cue.note(result, Modality.HYPOTHETICAL, "purpose:to");
                if (rel.equals("acl")) break;
            } else if (rel.equals("dep")) {
                // A misparse: read through it, but an infinitive "to" on the way is still irrealis.
                if (view.token(h).word().equalsIgnoreCase("to")) result = cue.note(result, Modality.HYPOTHETICAL, "infinitive:to");
                // ... and so is a word of doubt that the misparse hangs the clause from ("unlikely that the ... will"),
                // but not a participle set off after the clause ("called Abe, asking him ..."): it shares its clause's reality.
                if (verbs.is(governor, VerbClass.IRREALIS) && !participle(view, x))
                    result = cue.note(result, Modality.HYPOTHETICAL, "governor:" + governor);
            } else if (!rel.equals("conj")) {
                break;
            }
            x = h;
        }
        if (reportedOrPastFrame) result = cue.note(result, Modality.REPORTED, "speech:" + speech);
        if (scheduled(view, trigger)) result = cue.note(result, Modality.FUTURE, SCHEDULE + view.token(trigger).word().toLowerCase());
        if (!view.prepositional(trigger, "according to").isEmpty()) return cue.note(result, Modality.REPORTED, "according to");
        return result;
    }

    /**
     * Whether a cue says the future only by a schedule: a travel or meeting verb's bare present,
     * which nobody in the sentence announces ("He visits Rome before flying on to Cairo").
     */
    public static boolean bySchedule(String cue) {
        return cue.startsWith(SCHEDULE);
    }

    /**
     * A travel or meeting verb in the bare present ("He visits Rome and Paris before flying on to
     * Cairo") in running text: news tells past events in the past tense, so this is the trip's
     * schedule. A headline ({@link SentenceForm#headline}) tells past events in the present ("Abe
     * visits Rome").
     */
    private boolean scheduled(ParseView view, int trigger) {
        var t = view.token(trigger);
        if (!(t.pos().equals("VBZ") || t.pos().equals("VBP")) || !verbs.is(view.lemma(trigger), VerbClass.ITINERARY)) return false;
        for (int c : view.children(trigger)) if (view.baseRelation(c).startsWith("aux")) return false;
        return !SentenceForm.headline(view.sentence());
    }

    /**
     * A verb negated under its own future auxiliary ("said it will not accept refugees", "would not meet"
     * under a past verb of saying): an announced refusal, not merely an action that did not happen.
     */
    public boolean negatedFuture(ParseView view, int trigger) {
        if (!view.token(trigger).isVerb()) return false;
        boolean negated = false;
        boolean future = false;
        for (int c : view.children(trigger)) {
            String rel = view.baseRelation(c);
            String w = view.token(c).word().toLowerCase();
            if ((rel.equals("advmod") || rel.equals("neg")) && cues.is(w, ModalityCue.NEGATOR)) negated = true;
            if (rel.equals("aux") && (cues.is(w, ModalityCue.FUTURE_AUX) || cues.is(view.lemma(c), ModalityCue.FUTURE_AUX)
                    || cues.is(w, ModalityCue.PAST_FUTURE_AUX) && inPastFrame(view, trigger))) future = true;
        }
        return negated && future;
    }

    /** A verb with a condition clause of its own: "will withdraw its force unless a ceasefire is arranged". */
    public boolean conditioned(ParseView view, int trigger) {
        for (int c : view.children(trigger, "advcl"))
            for (int m : view.children(c, "mark")) if (cues.is(view.token(m).word().toLowerCase(), ModalityCue.CONDITIONAL_MARK)) return true;
        return false;
    }

    private static boolean participle(ParseView view, int x) {
        String pos = view.token(x).pos();
        return pos.equals("VBG") || pos.equals("VBN");
    }

    private static boolean hasInfinitiveMark(ParseView view, int x) {
        if (!view.token(x).pos().equals("VB")) return false;
        for (int c : view.children(x)) if (view.baseRelation(c).equals("mark") && view.token(c).word().equalsIgnoreCase("to")) return true;
        return false;
    }

    /**
     * A past-tense clause under a verb ("seeks ... and Lavrov arrived") is a misparse, not a wish: verbs of
     * wanting and asking take an infinitive or a subjunctive, never a finished past. A word of doubt still
     * governs one ("it is possible that they attacked").
     */
    private static boolean pastUnderVerb(ParseView view, int clause, int governor) {
        return view.token(clause).pos().equals("VBD") && view.token(governor).pos().startsWith("VB");
    }

    /** "announced that it would support": "would" under a past-tense verb of saying is the future of that past. */
    private static boolean inPastFrame(ParseView view, int x) {
        int h = view.head(x);
        return h >= 0 && (view.baseRelation(x).equals("ccomp")) && view.token(h).pos().equals("VBD");
    }

    private static Modality stronger(Modality a, Modality b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case ASSERTED -> 0;
            case REPORTED -> 1;
            case FUTURE -> 2;
            case HYPOTHETICAL -> 3;
            case NEGATED -> 4;
        };
    }
}
