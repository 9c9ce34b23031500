package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;
import org.tessera.model.CameoCode;

/** Every event code of the codebook has a lexicon pattern, but for the sub-codes the verbal families give. */
class LexiconCoverageTest {
    /** Roots whose sub-codes come from an embedded action ("offered to send aid" is 0331): the verbal-family table's. */
    private static final Set<String> FAMILY_ROOTS = Set.of("02", "03", "10", "12", "13");
    private static final CameoTable CAMEO = CameoTable.load();
    private static final EventLexicon LEXICON = EventLexicon.bundled(CAMEO);

    @Test
    void everyCodeOutsideTheVerbalFamiliesHasAPattern() {
        List<String> missing = LexiconCoverage.of(CAMEO, LEXICON.all(), Set.of()).uncovered().stream()
                .map(CameoCode::code).filter(c -> !FAMILY_ROOTS.contains(c.substring(0, 2))).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theCodebookHas296EventCodesAndRootsAreNotAmongThem() {
        LexiconCoverage c = LexiconCoverage.of(CAMEO, List.of(), Set.of());
        assertEquals(296, c.codes().size());
        assertEquals(296, c.uncovered().size());
        assertTrue(c.codes().stream().noneMatch(x -> x.code().length() == 2));
    }

    @Test
    void codesReportedByAnotherMechanismCountAsCovered() {
        List<EventPattern> patterns = List.of(EventLexicon.parseLine("appeal.to 020 appeal T=to", "test"));
        LexiconCoverage alone = LexiconCoverage.of(CAMEO, patterns, Set.of());
        LexiconCoverage withFamilies = LexiconCoverage.of(CAMEO, patterns, Set.of("0331", "1312"));
        assertEquals("coverage: 1 of 296 codes (1 patterns)", alone.summary());
        assertEquals("coverage: 3 of 296 codes (1 patterns)", withFamilies.summary());
        assertFalse(withFamilies.uncovered().stream().anyMatch(x -> x.code().equals("0331")));
    }

    @Test
    void aRootPatternCoversNoEventCode() {
        List<EventPattern> patterns = List.of(EventLexicon.parseLine("x.y 19 fight T=obj", "test"));
        assertEquals("coverage: 0 of 296 codes (1 patterns)", LexiconCoverage.of(CAMEO, patterns, Set.of()).summary());
    }

    @Test
    void anUnknownCodeReportedAsCoveredIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> LexiconCoverage.of(CAMEO, List.of(), Set.of("0999")));
    }
}
