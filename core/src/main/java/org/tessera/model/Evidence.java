package org.tessera.model;

import java.util.List;
import java.util.Objects;

/**
 * Why an event was coded, as data: the coder and the rule that fired (a lexicon pattern or a
 * dictionary entry, with its CAMEO code and file:line), how each actor was resolved, whether the
 * source was inherited from a governing clause or the event is one side of a mutual one, the cue
 * that decided the modality, where in the article the trigger is, and the versions of the
 * knowledge files. The contract's {@code evidence} string is derived from it ({@link #summary()}).
 *
 * @param coder       the coder that proposed the event ("lexicon", "petrarch")
 * @param rule        the pattern id or dictionary pattern that fired
 * @param ruleCode    the CAMEO code the rule gives
 * @param ruleOrigin  the rule's file and line
 * @param source      how the source actor was resolved
 * @param target      how the target actor was resolved, null for one-actor events
 * @param inherited   the source is the subject of a governing clause, not the trigger's own
 * @param mutual      one side of a mutual event ("Japan and Russia held talks")
 * @param modalityCue the word and relation that decided the modality, empty when asserted
 * @param sentence    the sentence's index in its article
 * @param trigger     the trigger token's index in its sentence
 * @param knowledge   the knowledge files and their digests
 */
public record Evidence(String coder, String rule, String ruleCode, String ruleOrigin, ActorEvidence source,
                       ActorEvidence target, boolean inherited, boolean mutual, String modalityCue,
                       int sentence, int trigger, List<KnowledgeVersion> knowledge) {
    public Evidence {
        Objects.requireNonNull(coder, "coder");
        rule = rule == null ? "" : rule;
        ruleCode = ruleCode == null ? "" : ruleCode;
        ruleOrigin = ruleOrigin == null ? "" : ruleOrigin;
        source = source == null ? new ActorEvidence(null, "") : source;
        modalityCue = modalityCue == null ? "" : modalityCue;
        knowledge = knowledge == null ? List.of() : List.copyOf(knowledge);
    }

    /** The same evidence with the modality's cue. */
    public Evidence withModalityCue(String cue) {
        return new Evidence(coder, rule, ruleCode, ruleOrigin, source, target, inherited, mutual, cue, sentence, trigger, knowledge);
    }

    /** The same evidence with another target's resolution (a place standing in for a one-actor event's target). */
    public Evidence withTarget(ActorEvidence resolved) {
        return new Evidence(coder, rule, ruleCode, ruleOrigin, source, resolved, inherited, mutual, modalityCue, sentence, trigger, knowledge);
    }

    /** The same evidence with the knowledge files that coded it. */
    public Evidence withKnowledge(List<KnowledgeVersion> files) {
        return new Evidence(coder, rule, ruleCode, ruleOrigin, source, target, inherited, mutual, modalityCue, sentence, trigger, files);
    }

    /**
     * The contract's one-line {@code evidence}: "pattern=ID (CODE, FILE:LINE) source=RULE [via
     * governing clause] target=RULE [mutual] modality=M [cue]".
     */
    public String summary(Modality modality) {
        StringBuilder sb = new StringBuilder(coder.equals(LEXICON) ? "pattern=" : coder + "=").append(rule)
                .append(" (").append(ruleCode).append(ruleOrigin.isEmpty() ? "" : ", " + ruleOrigin).append(")")
                .append(" source=").append(source.render());
        if (inherited) sb.append(" via governing clause");
        if (target != null) sb.append(" target=").append(target.render());
        if (mutual) sb.append(" mutual");
        sb.append(" modality=").append(modality.json());
        if (!modalityCue.isEmpty()) sb.append(" (").append(modalityCue).append(")");
        return sb.toString();
    }

    /** The name of our own dependency-pattern coder. */
    public static final String LEXICON = "lexicon";
}
