package org.tessera.coding;

import java.util.List;
import java.util.Objects;
import org.tessera.data.KnowledgeDigest;
import org.tessera.model.KnowledgeVersion;
import org.tessera.cameo.CameoTable;

/**
 * Everything the coder knows, loaded once and shared by all threads: the CAMEO table, the event
 * lexicon, the actor dictionary and the role words. Swap parts to code with other dictionaries.
 */
public record CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles, ExtraCoding extra,
                              List<KnowledgeVersion> versions) {
    public CodingKnowledge {
        Objects.requireNonNull(cameo);
        Objects.requireNonNull(lexicon);
        Objects.requireNonNull(actors);
        Objects.requireNonNull(roles);
        Objects.requireNonNull(extra);
        versions = List.copyOf(versions);
    }

    public CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles, ExtraCoding extra) {
        this(cameo, lexicon, actors, roles, extra, List.of());
    }

    public CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles) {
        this(cameo, lexicon, actors, roles, ExtraCoding.NONE);
    }

    /** Our data files, hashed into every event's evidence. */
    private static final List<String> BUNDLED_FILES = List.of("org/tessera/cameo/cameo-codes.tsv", "org/tessera/coding/event-lexicon.txt",
            "org/tessera/coding/countries.tsv", "org/tessera/coding/country-aliases.tsv", "org/tessera/coding/organisations.tsv",
            "org/tessera/coding/people.tsv", "org/tessera/coding/roles.tsv", VerbClass.RESOURCE, ModalityCue.RESOURCE, "org/tessera/geo/locative-words.tsv");

    /** Our own bundled data files. */
    public static CodingKnowledge bundled() {
        CameoTable cameo = CameoTable.load();
        return new CodingKnowledge(cameo, EventLexicon.bundled(cameo), ActorDictionary.bundled(), RoleLexicon.bundled(), ExtraCoding.NONE,
                KnowledgeDigest.resources(BUNDLED_FILES));
    }

    public CodingKnowledge withLexicon(EventLexicon l) {
        return new CodingKnowledge(cameo, l, actors, roles, extra, versions);
    }

    public CodingKnowledge withActors(ActorDictionary a) {
        return new CodingKnowledge(cameo, lexicon, a, roles, extra, versions);
    }

    public CodingKnowledge withRoles(RoleLexicon r) {
        return new CodingKnowledge(cameo, lexicon, actors, r, extra, versions);
    }

    /** The same knowledge with a further coding step (e.g. PETRARCH-style matching). */
    public CodingKnowledge withExtra(ExtraCoding e) {
        return new CodingKnowledge(cameo, lexicon, actors, roles, e, versions);
    }
}
