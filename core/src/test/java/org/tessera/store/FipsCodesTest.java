package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GeoNames first-level divisions to GDELT's FIPS ADM1 codes, country by country where GeoNames differs from FIPS. */
class FipsCodesTest {
    private final FipsCodes fips = FipsCodes.bundled();

    @Test
    void mostCountriesKeepGeoNamesCodeAfterTheirFipsCode() {
        assertEquals("RS48", fips.adm1("RUS", "48"));
        assertEquals("Moscow City", fips.divisionName("RUS", "48"));
        assertEquals("BO04", fips.adm1("BLR", "04"));
        assertEquals("UP12", fips.adm1("UKR", "12"));
        assertEquals("GM16", fips.adm1("DEU", "16"));
    }

    @Test
    void aCodeFipsLacksGivesTheCountryAlone() {
        assertEquals("KE", fips.adm1("KEN", "47"), "Kenya's counties (GeoNames) are not FIPS' provinces");
        assertEquals("RS", fips.adm1("RUS", "00"), "GeoNames' 00: no division");
        assertEquals("RS", fips.adm1("RUS", ""));
        assertEquals("", fips.adm1("WST", "00"), "no FIPS code for the \"country\": nothing");
    }

    @Test
    void unitedStatesAndCanada() {
        assertEquals("USTX", fips.adm1("USA", "TX"), "GDELT writes US states by postal code");
        assertEquals("Texas", fips.divisionName("USA", "TX"));
        assertEquals("USDC", fips.adm1("USA", "DC"));
        assertEquals("CA08", fips.adm1("CAN", "08"), "Ontario: GeoNames uses the FIPS number");
    }

    @Test
    void switzerlandsCantonAbbreviationsBecomeFipsNumbers() {
        assertEquals("SZ25", fips.adm1("CHE", "ZH"));
        assertEquals("Zurich", fips.divisionName("CHE", "ZH"));
        assertEquals("SZ07", fips.adm1("CHE", "GE"));
        assertEquals("Geneve", fips.divisionName("CHE", "GE"));
        assertEquals("SZ05", fips.adm1("CHE", "BE"), "Bern, not Belgium's code");
        assertEquals("SZ10", fips.adm1("CHE", "AI"));
        assertEquals("SZ", fips.adm1("CHE", "XX"), "a code the file lacks is no FIPS code");
    }

    @Test
    void belgiumsRegions() {
        assertEquals("BE11", fips.adm1("BEL", "BRU"));
        assertEquals("BE13", fips.adm1("BEL", "VLG"));
        assertEquals("BE14", fips.adm1("BEL", "WAL"));
        assertEquals("Wallonia", fips.divisionName("BEL", "WAL"));
    }

    @Test
    void britainGreeceFranceSerbiaMontenegroNorway() {
        assertEquals("UK", fips.adm1("GBR", "ENG"), "England is no FIPS division");
        assertEquals("UK", fips.adm1("GBR", "SCT"));
        assertEquals("GR35", fips.adm1("GRC", "ESYE31"), "Attica is Attiki");
        assertEquals("GR", fips.adm1("GRC", "ESYE12"));
        assertEquals("FRA8", fips.adm1("FRA", "11"), "Ile-de-France, not FIPS 11");
        assertEquals("Ile-de-France", fips.divisionName("FRA", "11"));
        assertEquals("FR", fips.adm1("FRA", "44"), "Grand Est merged three FIPS regions");
        assertEquals("RI02", fips.adm1("SRB", "VO"));
        assertEquals("RI", fips.adm1("SRB", "SE"));
        assertEquals("MJ", fips.adm1("MNE", "16"));
        assertEquals("NO12", fips.adm1("NOR", "12"), "Oslo kept its county");
        assertEquals("NO", fips.adm1("NOR", "46"), "Vestland merged two");
        assertEquals("KV", fips.adm1("XKX", "10096859"));
        assertEquals("FI", fips.adm1("FIN", "01"), "the same number means another region");
    }
}
