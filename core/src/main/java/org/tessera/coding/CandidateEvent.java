package org.tessera.coding;

import java.util.Objects;
import org.tessera.model.Actor;
import org.tessera.model.CameoCode;
import org.tessera.model.Evidence;

/**
 * What a coder proposes, before the finishing step: the trigger token, the code, the actors and
 * the evidence so far. Modality, date, place and confidence are the {@link EventFinisher}'s.
 *
 * @param trigger     the trigger token's index in its sentence
 * @param code        the CAMEO code
 * @param actionText  the words that carry the action
 * @param source      the source actor
 * @param target      the target actor, null for one-actor events
 * @param specificity how much the rule required beyond its trigger (raises confidence)
 * @param nominal     the trigger is a noun ("the visit"), which the text asserts less firmly than a verb
 * @param evidence    the rule, the actors' rules and where the trigger is; the modality cue is added later
 */
public record CandidateEvent(int trigger, CameoCode code, String actionText, Actor source, Actor target,
                             int specificity, boolean nominal, Evidence evidence) {
    public CandidateEvent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        actionText = actionText == null ? "" : actionText;
    }
}
