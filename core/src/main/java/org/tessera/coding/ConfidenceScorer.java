package org.tessera.coding;

import org.tessera.model.Actor;
import org.tessera.model.Modality;

/**
 * A 0..1 score for how much to trust an event: more for specific patterns and for actors named
 * outright, less for actors reached through pronouns or inherited subjects and for events the
 * text does not assert. The weights are a plain, documented heuristic, not a trained model.
 */
final class ConfidenceScorer {
    private ConfidenceScorer() {
    }

    static double score(CandidateEvent e, Modality modality) {
        double c = 0.55;
        c += Math.min(0.2, 0.07 * e.specificity());
        c += actorWeight(e.source()) + (e.target() == null ? -0.1 : actorWeight(e.target()));
        if (e.evidence().inherited()) c -= 0.08;
        if (e.nominal()) c -= 0.05;
        if (modality != Modality.ASSERTED) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }

    private static double actorWeight(Actor a) {
        if (a.ruleKind() == null) return -0.03;
        return switch (a.ruleKind()) {
            case PERSON_DICTIONARY, TITLED_PERSON, COUNTRY, ORGANISATION, GROUP, TITLE, PETRARCH_DICTIONARY -> 0.05;
            case PRONOUN_PERSON, PRONOUN_GROUP -> -0.12;
            case REMEMBERED, CAPITAL -> 0.0;
            case PEOPLE -> -0.03;
            case AGENT -> -0.05;
            case OWN_COUNTRY, PLACE -> -0.1;
        };
    }
}
