package org.tessera.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.model.CameoCode;
import org.tessera.model.Modality;

class PloverCrosswalkTest {
    private final CameoTable cameo = CameoTable.load();
    private final PloverCrosswalk plover = PloverCrosswalk.load();

    private PloverReading asserted(String code) {
        return plover.reading(cameo.get(code), Modality.ASSERTED).orElseThrow(() -> new AssertionError(code + " unmapped"));
    }

    @Test
    void everyCameoCodeEitherMapsOrIsDeliberatelyUnmapped() {
        List<String> missing = new ArrayList<>();
        for (CameoCode c : cameo.all()) if (plover.entry(c.code()).isEmpty()) missing.add(c.code());
        assertEquals(List.of(), missing, "CAMEO codes without a line in " + PloverCrosswalk.RESOURCE);
        for (String code : plover.entries().keySet()) assertTrue(cameo.contains(code), code + " is not a CAMEO code of ours");
    }

    @Test
    void onlyStatementsAndAppealsAreUnmapped() {
        for (PloverCrosswalk.Entry e : plover.entries().values()) {
            boolean commentOrAppeal = e.code().startsWith("01") || e.code().startsWith("02");
            assertEquals(!commentOrAppeal, e.mapped(), e.code());
            assertEquals(commentOrAppeal, e.basis().equals("none"), e.code());
        }
        assertEquals(Optional.empty(), plover.reading(cameo.get("010"), Modality.ASSERTED));
        assertEquals(Optional.empty(), plover.reading(cameo.get("0233"), Modality.ASSERTED));
    }

    @Test
    void everyPloverTypeIsReached() {
        Set<PloverType> seen = EnumSet.noneOf(PloverType.class);
        plover.entries().values().stream().filter(PloverCrosswalk.Entry::mapped).forEach(e -> seen.add(e.type()));
        assertEquals(EnumSet.allOf(PloverType.class), seen);
    }

    @Test
    void readsCodesAsTheCrosswalkDoes() {
        assertEquals(new PloverReading(PloverType.CONSULT, "visit", List.of()), asserted("042"));
        assertEquals(new PloverReading(PloverType.CONSULT, "host", List.of()), asserted("043"));
        assertEquals(new PloverReading(PloverType.ASSAULT, null, List.of("military")), asserted("190"));
        assertEquals(new PloverReading(PloverType.COERCE, "arrest", List.of("legal")), asserted("173"));
        assertEquals(new PloverReading(PloverType.COERCE, "restrict", List.of("diplomatic")), asserted("163"));
        assertEquals(new PloverReading(PloverType.ACCUSE, "investigate", List.of("crime", "corruption")), asserted("091"));
        assertEquals(new PloverReading(PloverType.REQUEST, "yield", List.of("legal")), asserted("1053"));
        assertEquals(new PloverReading(PloverType.AGREE, null, List.of("economic")), asserted("0331"));
        assertEquals(new PloverReading(PloverType.RETREAT, "ceasefire", List.of("military")), asserted("0871"));
        assertEquals(new PloverReading(PloverType.CONCEDE, null, List.of("democracy")), asserted("0811"));
        assertEquals(new PloverReading(PloverType.ASSAULT, "destroy", List.of("legal")), asserted("1712"));
        assertEquals(new PloverReading(PloverType.SANCTION, "expel", List.of("diplomatic")), asserted("166"));
        assertEquals(PloverType.ASSAULT, asserted("2042").type());
        assertEquals(List.of("cbrn"), asserted("2042").contexts());
    }

    @Test
    void rootsReadAsTheirUnspecifiedCode() {
        for (PloverCrosswalk.Entry e : plover.entries().values()) {
            if (e.code().length() != 2 || !e.mapped()) continue;
            PloverCrosswalk.Entry unspecified = plover.entry(e.code() + "0").orElseThrow();
            assertEquals("root", e.basis(), e.code());
            assertEquals(unspecified.type(), e.type(), e.code());
            assertEquals(unspecified.mode(), e.mode(), e.code());
            assertEquals(unspecified.contexts(), e.contexts(), e.code());
        }
    }

    @Test
    void modalityAddsPloversContextAndNothingElse() {
        CameoCode visit = cameo.get("042");
        assertEquals(new PloverReading(PloverType.CONSULT, "visit", List.of("future")), plover.reading(visit, Modality.FUTURE).orElseThrow());
        assertEquals(List.of("hypothetical"), plover.reading(visit, Modality.HYPOTHETICAL).orElseThrow().contexts());
        assertEquals(List.of("negation"), plover.reading(visit, Modality.NEGATED).orElseThrow().contexts());
        assertEquals(List.of(), plover.reading(visit, Modality.REPORTED).orElseThrow().contexts());
        assertEquals(List.of("legal", "future"), plover.reading(cameo.get("173"), Modality.FUTURE).orElseThrow().contexts());
        assertEquals(Optional.empty(), plover.reading(cameo.get("012"), Modality.FUTURE));
    }

    private static PloverCrosswalk parse(String text) throws Exception {
        return PloverCrosswalk.read("bad.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse("# header\n" + text)).getMessage();
    }

    @Test
    void malformedLinesGiveOneLineErrorsNamingFileAndLine() throws Exception {
        assertEquals("bad.tsv:2: expected 5 tab-separated columns (code, type, mode, context, basis), found 3", error("042\tCONSULT\tvisit\n"));
        assertEquals("bad.tsv:2: unknown PLOVER type 'CONSULTS'", error("042\tCONSULTS\tvisit\t-\tcrosswalk\n"));
        assertEquals("bad.tsv:2: bad CAMEO code '42a': 2 to 4 digits expected", error("42a\tCONSULT\tvisit\t-\tcrosswalk\n"));
        assertEquals("bad.tsv:2: unknown basis 'guess': one of crosswalk, root, parent, ours, none", error("042\tCONSULT\t-\t-\tguess\n"));
        assertEquals("bad.tsv:2: bad context 'Military': lower-case words, '|'-separated, expected",
                error("190\tASSAULT\t-\tMilitary\tcrosswalk\n"));
        assertEquals("bad.tsv:2: bad mode 'by phone': lower-case words expected", error("041\tCONSULT\tby phone\t-\tcrosswalk\n"));
        assertEquals("bad.tsv:2: code 010 has no PLOVER type, so its basis must be 'none', not 'crosswalk'", error("010\t-\t-\t-\tcrosswalk\n"));
        assertEquals("bad.tsv:2: code 010 is marked unmapped (basis 'none') but has type SUPPORT", error("010\tSUPPORT\t-\t-\tnone\n"));
        assertEquals("bad.tsv:2: code 010 has no PLOVER type but a mode or context", error("010\t-\tvisit\t-\tnone\n"));
        assertEquals("bad.tsv:3: duplicate code 042", error("042\tCONSULT\tvisit\t-\tcrosswalk\n042\tCONSULT\thost\t-\tcrosswalk\n"));
        PloverCrosswalk ok = parse("# a comment\n\n091\tACCUSE\tinvestigate\tcrime|corruption\tcrosswalk\n010\t-\t-\t-\tnone\n");
        assertEquals(List.of("crime", "corruption"), ok.entry("091").orElseThrow().contexts());
        assertFalse(ok.entry("010").orElseThrow().mapped());
        assertNull(ok.entry("010").orElseThrow().type());
    }
}
