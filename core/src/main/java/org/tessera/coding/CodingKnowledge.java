package org.tessera.coding;

import java.util.Objects;
import org.tessera.cameo.CameoTable;

/**
 * Everything the coder knows, loaded once and shared by all threads: the CAMEO table, the event
 * lexicon, the actor dictionary and the role words. Swap parts to code with other dictionaries.
 */
public record CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles, ExtraCoding extra) {
    public CodingKnowledge {
        Objects.requireNonNull(cameo);
        Objects.requireNonNull(lexicon);
        Objects.requireNonNull(actors);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(extra);
    }

    public CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles) {
        this(cameo, lexicon, actors, roles, ExtraCoding.NONE);
    }

    /** Our own bundled data files. */
    public static CodingKnowledge bundled() {
        CameoTable cameo = CameoTable.load();
        return new CodingKnowledge(cameo, EventLexicon.bundled(cameo), ActorDictionary.bundled(), RoleLexicon.bundled());
    }

    public CodingKnowledge withLexicon(EventLexicon l) {
        return new CodingKnowledge(cameo, l, actors, roles, extra);
    }

    public CodingKnowledge withActors(ActorDictionary a) {
        return new CodingKnowledge(cameo, lexicon, a, roles, extra);
    }

    public CodingKnowledge withRoles(RoleLexicon r) {
        return new CodingKnowledge(cameo, lexicon, actors, r, extra);
    }

    /** The same knowledge with a further coding step (e.g. PETRARCH-style matching). */
    public CodingKnowledge withExtra(ExtraCoding e) {
        return new CodingKnowledge(cameo, lexicon, actors, roles, e);
    }
}
