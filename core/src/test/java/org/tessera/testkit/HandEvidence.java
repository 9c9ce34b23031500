package org.tessera.testkit;

import java.util.List;
import org.tessera.model.ActorEvidence;
import org.tessera.model.ActorRule;
import org.tessera.model.Evidence;

/** Evidence for events made by hand in tests, so their origin is plain in any output. */
public final class HandEvidence {
    private HandEvidence() {
    }

    public static Evidence of(String rule) {
        return new Evidence("test", rule, "", "", ActorEvidence.of(ActorRule.COUNTRY, "test"), null, false, false, "", 0, 0, List.of());
    }
}
