package org.tessera.model;

import java.util.Objects;

/**
 * How an actor was resolved: the rule and its detail (the dictionary name, the title phrase, the
 * antecedent's code). A null rule marks an actor read back from a record that did not say.
 */
public record ActorEvidence(ActorRule rule, String detail) {
    public ActorEvidence {
        detail = detail == null ? "" : detail;
    }

    public static ActorEvidence of(ActorRule rule, String detail) {
        return new ActorEvidence(Objects.requireNonNull(rule, "rule"), detail);
    }

    /** The contract's {@code rule} string. */
    public String render() {
        return rule == null ? detail : rule.render(detail);
    }
}
