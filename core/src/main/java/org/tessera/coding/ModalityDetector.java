package org.tessera.coding;

import java.util.Set;
import org.tessera.model.Modality;

/**
 * Decides whether the text says an event happened. Read off the trigger's own auxiliaries and
 * negation, then up the chain of verbs it depends on: "refused to meet" and "did not impose" are
 * negated, "will visit" and "plans to visit" future, "could impose" and "if they impose"
 * hypothetical, and an event inside what somebody said ("Lavrov said Abe expressed interest")
 * reported. The strongest wins: negated, then hypothetical, future, reported.
 */
public final class ModalityDetector {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "might", "may", "should", "must", "ought", "can");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> NEGATING_GOVERNORS = Set.of("refuse", "decline", "fail", "reject", "avoid", "deny", "stop", "cease", "abandon", "halt");
    private static final Set<String> INTENT_GOVERNORS = Set.of("plan", "intend", "expect", "schedule", "aim", "hope", "want", "wish",
            "seek", "prepare", "promise", "pledge", "vow", "agree", "decide", "threaten", "offer", "propose", "consider", "mean",
            "set", "go", "be", "due", "likely", "ready", "willing", "eager", "poised", "expected", "scheduled", "slated");
    /** "invited Abe to visit", "urged Berlin to cooperate": what is asked for has not happened. */
    private static final Set<String> IRREALIS_GOVERNORS = Set.of("invite", "urge", "ask", "call", "appeal", "request", "encourage", "press",
            "persuade", "pressure", "want", "wish", "need", "try", "attempt", "seek", "allow", "permit", "way", "chance", "opportunity", "right");
    /** Governors after which the infinitive did happen ("managed to", "was forced to", "began to"). */
    private static final Set<String> REALIS_GOVERNORS = Set.of("manage", "begin", "start", "continue", "force", "compel", "oblige", "help", "go", "come", "use");
    /** Noun events whose modifiers say they have not happened (yet). */
    private static final Set<String> FUTURE_MODIFIERS = Set.of("forthcoming", "upcoming", "planned", "scheduled", "expected", "future", "next", "coming", "proposed");
    private static final Set<String> HYPOTHETICAL_MODIFIERS = Set.of("possible", "potential", "hypothetical", "likely", "eventual", "prospective");
    private static final Set<String> SPEECH = Set.of("say", "tell", "report", "claim", "state", "announce", "note", "add", "stress",
            "emphasize", "emphasise", "insist", "allege", "believe", "think", "suggest", "argue", "write", "quote", "assert",
            "declare", "explain", "confirm", "reveal", "recall", "remark", "warn", "indicate", "acknowledge", "admit", "told");

    public ModalityDetector() {
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

    private static Modality detect(ParseView view, int trigger, Cue cue) {
        Modality result = Modality.ASSERTED;
        if (view.token(trigger).isNoun()) {
            for (int c : view.children(trigger)) {
                String w = view.token(c).word().toLowerCase();
                if (FUTURE_MODIFIERS.contains(w)) result = cue.note(result, Modality.FUTURE, "modifier:" + w);
                if (HYPOTHETICAL_MODIFIERS.contains(w)) result = cue.note(result, Modality.HYPOTHETICAL, "modifier:" + w);
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
                if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") && c < x) && NEGATORS.contains(w))
                    return cue.note(result, Modality.NEGATED, "negation:" + w);
                if (rel.equals("aux")) {
                    if (HYPOTHETICAL_AUX.contains(w)) result = cue.note(result, Modality.HYPOTHETICAL, "aux:" + w);
                    else if (FUTURE_AUX.contains(w) || FUTURE_AUX.contains(lemma)) result = cue.note(result, Modality.FUTURE, "aux:" + w);
                    else if (w.equals("would") || w.equals("'d")) result = cue.note(result, inPastFrame(view, x) ? Modality.FUTURE : Modality.HYPOTHETICAL, "aux:" + w);
                }
                if (rel.equals("mark") && CONDITIONAL_MARKS.contains(w)) result = cue.note(result, Modality.HYPOTHETICAL, "mark:" + w);
            }
            String rel = view.baseRelation(x);
            int h = view.head(x);
            if (h < 0) break;
            String governor = view.lemma(h);
            if (rel.equals("xcomp") || (rel.equals("advcl") && view.token(x).pos().equals("VB"))) {
                if (NEGATING_GOVERNORS.contains(governor)) return cue.note(result, Modality.NEGATED, "governor:" + governor);
                if (IRREALIS_GOVERNORS.contains(governor)) result = cue.note(result, Modality.HYPOTHETICAL, "governor:" + governor);
                else if (INTENT_GOVERNORS.contains(governor) || INTENT_GOVERNORS.contains(view.token(h).word().toLowerCase()))
                    result = cue.note(result, Modality.FUTURE, "governor:" + governor);
                else if (!REALIS_GOVERNORS.contains(governor) && hasInfinitiveMark(view, x)) result = cue.note(result, Modality.HYPOTHETICAL, "infinitive:" + governor);
            } else if (rel.equals("ccomp") || rel.equals("parataxis")) {
                if (SPEECH.contains(governor)) {
                    reportedOrPastFrame = true;
                    speech = governor;
                }
            } else if (rel.equals("advcl") || rel.equals("acl")) {
                // "to discuss", "the decision to limit": purpose and noun complements have not (yet) happened.
                if (hasInfinitiveMark(view, x)) result = cue.note(result, Modality.HYPOTHETICAL, "purpose:to");
                if (rel.equals("acl")) break;
            } else if (rel.equals("dep")) {
                // A misparse: read through it, but an infinitive "to" on the way is still irrealis.
                if (view.token(h).word().equalsIgnoreCase("to")) result = cue.note(result, Modality.HYPOTHETICAL, "infinitive:to");
            } else if (!rel.equals("conj")) {
                break;
            }
            x = h;
        }
        if (reportedOrPastFrame) result = cue.note(result, Modality.REPORTED, "speech:" + speech);
        if (!view.prepositional(trigger, "according to").isEmpty()) return cue.note(result, Modality.REPORTED, "according to");
        return result;
    }

    private static boolean hasInfinitiveMark(ParseView view, int x) {
        if (!view.token(x).pos().equals("VB")) return false;
        for (int c : view.children(x)) if (view.baseRelation(c).equals("mark") && view.token(c).word().equalsIgnoreCase("to")) return true;
        return false;
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
