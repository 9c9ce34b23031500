package org.tessera.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tessera.model.CameoCode;

class CameoTableTest {
    private final CameoTable table = CameoTable.load();

    @Test
    void holdsEveryRootAndTheWholeCodebook() {
        for (int r = 1; r <= 20; r++) assertTrue(table.contains(String.format("%02d", r)), "root " + r);
        assertTrue(table.all().size() >= 300, "codes: " + table.all().size());
    }

    @Test
    void quadClassFollowsGdeltByRoot() {
        for (CameoCode c : table.all()) {
            int root = Integer.parseInt(c.root());
            int quad = root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(quad, c.quad(), c.code());
        }
    }

    @Test
    void everyCodeHasItsRootAndParentInTheTable() {
        for (CameoCode c : table.all()) {
            assertTrue(table.contains(c.root()), c.code());
            if (c.code().length() == 4) assertTrue(table.contains(c.code().substring(0, 3)), c.code());
        }
    }

    @Test
    void knownGoldsteinValues() {
        assertEquals(1.9, table.get("042").goldstein());
        assertEquals(-8.0, table.get("163").goldstein());
        assertEquals(-10.0, table.get("20").goldstein());
        assertTrue(table.get("057").goldstein() > 0);
    }
}
