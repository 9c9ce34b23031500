package org.tessera.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.model.Modality;
import org.tessera.store.Granularity;

class ApiParamsTest {
    private static ApiParams of(String name, String value) {
        return new ApiParams(Map.of(name, List.of(value)), Set.of("source", "target", "from", "to", "by", "both", "quad", "code", "modality", "limit", "offset", "q"));
    }

    @Test
    void actorCodesAreUpperCasedCountryOrActorCodes() {
        assertEquals("RUS", of("source", "rus").actor("source"));
        assertEquals("RUSGOV", of("source", "RUSGOV").actor("source"));
        assertEquals("EU", of("source", "EU").actor("source"));
        assertNull(of("source", " ").actor("source"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R$S", "RUS' OR 1=1 --", "R", "../etc", "RUS GOV", "ВЛР", "RUSGOVRUSGOVX"})
    void malformedActorCodesAreRefused(String code) {
        BadRequest e = assertThrows(BadRequest.class, () -> of("source", code).actor("source"));
        assertTrue(e.getMessage().startsWith("source must be"), e.getMessage());
    }

    @Test
    void coarseDatesCoverTheirWholePeriod() {
        assertEquals(new DateRange(LocalDate.of(2024, 2, 1), null), of("from", "2024-02").range());
        assertEquals(new DateRange(null, LocalDate.of(2024, 2, 29)), of("to", "2024-02").range());
        assertEquals(new DateRange(null, LocalDate.of(2023, 12, 31)), of("to", "2023").range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-01", "2024-02-30", "yesterday", "24-01-01", "2024/01/01", "2024-1-1"})
    void malformedDatesAreRefused(String d) {
        assertThrows(BadRequest.class, () -> of("from", d).range());
    }

    @Test
    void granularityDefaultsToMonthAndRefusesFortnights() {
        assertEquals(Granularity.MONTH, new ApiParams(Map.of(), Set.of("by")).granularity());
        assertEquals(Granularity.QUARTER, of("by", "quarter").granularity());
        assertThrows(BadRequest.class, () -> of("by", "fortnight").granularity());
    }

    @Test
    void unknownOrRepeatedParametersAreRefused() {
        assertThrows(BadRequest.class, () -> new ApiParams(Map.of("sorce", List.of("RUS")), Set.of("source")));
        assertThrows(BadRequest.class, () -> new ApiParams(Map.of("source", List.of("RUS", "BLR")), Set.of("source")));
    }

    @Test
    void numbersAndEnumsAreChecked() {
        assertEquals(3, of("quad", "3").quad());
        assertThrows(BadRequest.class, () -> of("quad", "0").quad());
        assertEquals("042", of("code", "042").cameo());
        assertThrows(BadRequest.class, () -> of("code", "04a").cameo());
        assertEquals(Modality.NEGATED, of("modality", "negated").modality());
        assertThrows(BadRequest.class, () -> of("modality", "certain").modality());
        assertEquals(50, of("q", "x").limit(50));
        assertThrows(BadRequest.class, () -> of("limit", "501").limit(50));
        assertThrows(BadRequest.class, () -> of("offset", "-1").offset());
        assertThrows(BadRequest.class, () -> of("both", "maybe").flag("both"));
        assertTrue(of("both", "true").flag("both"));
    }

    @Test
    void granularityLabelsAndBounds() {
        LocalDate d = LocalDate.of(2024, 5, 15);
        assertEquals("2024-05", Granularity.MONTH.label(Granularity.MONTH.start(d)));
        assertEquals("2024-Q2", Granularity.QUARTER.label(Granularity.QUARTER.start(d)));
        assertEquals("2024-W20", Granularity.WEEK.label(Granularity.WEEK.start(d)));
        assertEquals(LocalDate.of(2024, 5, 13), Granularity.WEEK.start(d));
        assertEquals(LocalDate.of(2024, 7, 1), Granularity.QUARTER.next(Granularity.QUARTER.start(d)));
    }
}
