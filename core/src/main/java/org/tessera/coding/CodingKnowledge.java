package org.tessera.coding;

import java.util.List;
import java.util.Objects;
import org.tessera.cameo.CameoTable;
import org.tessera.data.KnowledgeDigest;
import org.tessera.model.KnowledgeVersion;

/**
 * What the dependency-pattern coder knows, loaded once and shared by all threads: the CAMEO table,
 * the event lexicon, the actor dictionary and the role words, with the digests of the files they
 * came from (printed in every event's evidence). Swap parts to code with other dictionaries.
 */
public record CodingKnowledge(CameoTable cameo, EventLexicon lexicon, ActorDictionary actors, RoleLexicon roles,
                              List<KnowledgeVersion> versions) {
    /** Our data files, hashed into every event's evidence. */
    private static final List<String> BUNDLED_FILES = List.of("org/tessera/cameo/cameo-codes.tsv", "org/tessera/coding/event-lexicon.txt",
            "org/tessera/coding/countries.tsv", "org/tessera/coding/country-aliases.tsv", "org/tessera/coding/organisations.tsv",
            "org/tessera/coding/people.tsv", "org/tessera/coding/roles.tsv", VerbClass.RESOURCE, ModalityCue.RESOURCE, PastRegimes.RESOURCE, "org/tessera/geo/locative-words.tsv",
            FamilyTable.RESOURCE, ActionClasses.RESOURCE, ActionFrames.RESOURCE);

    public CodingKnowledge {
        Objects.requireNonNull(cameo);
        Objects.requireNonNull(lexicon);
        Objects.requireNonNull(actors);
        Objects.requireNonNull(roles);
        versions = List.copyOf(versions);
    }

    /** Our own bundled data files. */
    public static CodingKnowledge bundled() {
        CameoTable cameo = CameoTable.load();
        return new CodingKnowledge(cameo, EventLexicon.bundled(cameo), ActorDictionary.bundled(), RoleLexicon.bundled(),
                KnowledgeDigest.resources(BUNDLED_FILES));
    }

    /** The same knowledge, coded also from further files (a user's dictionaries), whose digests join ours. */
    public CodingKnowledge withVersions(List<KnowledgeVersion> more) {
        List<KnowledgeVersion> all = new java.util.ArrayList<>(versions);
        all.addAll(more);
        return new CodingKnowledge(cameo, lexicon, actors, roles, all);
    }
}
