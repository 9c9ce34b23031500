package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;

/** Names met earlier in an article: whole, by surname, and never under another given name. */
class MutableArticleMemoryTest {
    private static final Actor ORBAN = new Actor("Viktor Orban", "Viktor Orban", "HUN", "GOV", ActorRule.PERSON_DICTIONARY, "Viktor Orban");

    @Test
    void aSurnameResolvesUnlessTheTextGivesAnotherGivenName() {
        MutableArticleMemory m = new MutableArticleMemory();
        m.rememberName("Viktor Orban", ORBAN);
        assertEquals(Optional.of(ORBAN), m.name("Viktor Orban"));
        assertEquals(Optional.of(ORBAN), m.name("Orban"));
        assertEquals(Optional.of(ORBAN), m.name("V. Orban"));
        assertEquals(Optional.of(ORBAN), m.name("Viktor Orbán"));
        // The footballer Anna Orban is somebody else.
        assertEquals(Optional.empty(), m.name("Anna Orban"));
        assertEquals(Optional.empty(), m.name("Nagy"));
    }
}
