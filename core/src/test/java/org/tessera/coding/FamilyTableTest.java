package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.cameo.CameoTable;
import org.tessera.data.TsvFile;

class FamilyTableTest {
    private static final CameoTable CAMEO = CameoTable.load();
    private static final FamilyTable TABLE = FamilyTable.bundled(CAMEO);

    /** Family, action class ("-" for none), the code: each family across a few classes of the codebook's parallel structure. */
    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of(ActionFrame.APPEAL, "aid", "023"), Arguments.of(ActionFrame.APPEAL, "humanitarian-aid", "0233"),
                Arguments.of(ActionFrame.APPEAL, "meeting", "026"), Arguments.of(ActionFrame.APPEAL, "ease-economic-sanctions", "0254"),
                Arguments.of(ActionFrame.APPEAL, "sanctions", "020"), Arguments.of(ActionFrame.APPEAL, "-", "020"),
                Arguments.of(ActionFrame.INTENT, "economic-aid", "0331"), Arguments.of(ActionFrame.INTENT, "meeting", "036"),
                Arguments.of(ActionFrame.INTENT, "mediation", "039"), Arguments.of(ActionFrame.INTENT, "sanctions", "1312"),
                Arguments.of(ActionFrame.INTENT, "-", "030"),
                Arguments.of(ActionFrame.DEMAND, "ceasefire", "1056"), Arguments.of(ActionFrame.DEMAND, "release", "1053"),
                Arguments.of(ActionFrame.DEMAND, "leadership-change", "1041"), Arguments.of(ActionFrame.DEMAND, "-", "100"),
                Arguments.of(ActionFrame.REJECT, "meeting", "125"), Arguments.of(ActionFrame.REJECT, "settlement", "127"),
                Arguments.of(ActionFrame.REJECT, "ease-administrative-sanctions", "1241"), Arguments.of(ActionFrame.REJECT, "-", "120"),
                Arguments.of(ActionFrame.THREATEN, "sanctions", "1312"), Arguments.of(ActionFrame.THREATEN, "break-relations", "1313"),
                Arguments.of(ActionFrame.THREATEN, "attack", "1384"), Arguments.of(ActionFrame.THREATEN, "meeting", "130"),
                Arguments.of(ActionFrame.THREATEN, "-", "130"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("codes")
    void aFamilyCodesAnActionByItsClass(ActionFrame family, String actionClass, String code) {
        assertEquals(code, TABLE.familyCode(family, actionClass.equals("-") ? Optional.empty() : Optional.of(actionClass)));
    }

    /** Undoing an action: the class it becomes and that class's material code (the 08 and 16 codes). */
    static Stream<Arguments> reversals() {
        return Stream.of(Arguments.of("sanctions", "085"), Arguments.of("curfew", "0813"), Arguments.of("state-of-emergency", "0814"),
                Arguments.of("blockade", "0872"), Arguments.of("armed-forces", "0874"), Arguments.of("military-force", "087"),
                Arguments.of("protest", "082"), Arguments.of("meeting", "164"), Arguments.of("aid", "162"),
                Arguments.of("diplomatic-relations", "161"));
    }

    @ParameterizedTest(name = "undo {0}")
    @MethodSource("reversals")
    void undoingAnActionHasTheCodebooksReversal(String actionClass, String code) {
        assertEquals(Optional.of(code), TABLE.reversal(actionClass).flatMap(TABLE::material));
    }

    @Test
    void anAnnouncedActionIsMirroredIntoTheFamilysColumnOfItsMaterialCode() {
        assertEquals(java.util.Optional.of("033"), TABLE.familyOf("070", ActionFrame.INTENT));
        assertTrue(TABLE.familyOf("190", ActionFrame.INTENT).orElse("").startsWith("138"), "a promise of force is a threat of it");
        assertEquals(java.util.Optional.of("125"), TABLE.familyOf("040", ActionFrame.REJECT));
        // "will not accept refugees" (075): no row of its own, the parent's general code 070 refuses aid.
        assertEquals(java.util.Optional.of("122"), TABLE.familyOf("075", ActionFrame.REJECT));
        // Not attacking is no rejection: force has no reject column.
        assertEquals(java.util.Optional.empty(), TABLE.familyOf("190", ActionFrame.REJECT));
    }

    @Test
    void aClassWithoutAReversalIsNotUndone() {
        assertEquals(Optional.empty(), TABLE.reversal("ceasefire"));
        assertEquals(Optional.empty(), TABLE.reversal("no-such-class"));
    }

    @Test
    void theCodesAreEveryFamilysAndReversalsCodeAndAllInTheCodebook() {
        assertTrue(TABLE.codes().containsAll(List.of("020", "030", "100", "120", "130", "0333", "1056", "125", "1312", "085", "0874", "164")));
        assertTrue(TABLE.codes().stream().allMatch(CAMEO::contains));
        assertTrue(TABLE.codes().contains("163"), "halting trade imposes an embargo");
        assertTrue(TABLE.codes().stream().noneMatch(c -> c.equals("042")), "visiting is a material code no family or reversal gives");
    }

    @Test
    void aBadCodeOrClassNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table("-\t-\t020\t030\t100\t120\t130\t-\naid\t070\t023\t0399\t103\t122\t-\t-\n"));
        assertTrue(e.getMessage().contains("t.tsv:2") && e.getMessage().contains("0399"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> table("-\t-\t020\t030\t100\t120\t130\t-\naid\t070\t023\t033\t103\t122\t-\tcut-aid\n"));
        assertTrue(e.getMessage().contains("cut-aid"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> table("aid\t070\t023\t033\t103\t122\t-\t-\n"));
        assertTrue(e.getMessage().contains("'-' row"), e.getMessage());
    }

    @Test
    void anActionWordMustNameAClassOfTheTable() throws IOException {
        FamilyTable t = table("-\t-\t020\t030\t100\t120\t130\t-\naid\t070\t023\t033\t103\t122\t-\t-\n");
        assertEquals(Optional.of("aid"), ActionClasses.read(rows("help\taid\n"), t).get("help"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActionClasses.read(rows("help\tassistance\n"), t));
        assertTrue(e.getMessage().contains("t.tsv:1"), e.getMessage());
    }

    private static FamilyTable table(String text) throws IOException {
        return FamilyTable.read(rows(text), CAMEO);
    }

    private static List<TsvFile.Row> rows(String text) throws IOException {
        return TsvFile.read("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), TsvFile.Layout.TABS);
    }
}
