package org.tessera.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryReadersTest {
    private static List<DictionaryLines.Line> lines(String file, String text) {
        return DictionaryLines.parse(file, List.of(text.split("\n", -1)));
    }

    @Test
    void commentsAndCommentBlocksAreDropped() {
        var l = lines("x.txt", "<!-- a header -->\nRUSSIA [RUS] # note\n<!-- \n# inside\n# -->\nJAPAN [JPN]\n");
        assertEquals(2, l.size());
        assertEquals("RUSSIA [RUS]", l.get(0).text().strip());
        assertEquals(6, l.get(1).number());
    }

    @Test
    void actorFileReadsSynonymsAndDateRangedCodes() {
        List<String> problems = new ArrayList<>();
        var actors = ActorFileReader.read(lines("demo.actors.txt", """
                BELARUS_ [BLR]
                +BELARUSIAN
                +MINSK
                VIKTAR_BARANAU_  # made-up leader
                +PRESIDENT_BARANAU
                \t[BLRELI 700101-990101]
                \t[BLRGOV >990101]
                KARELIA_ [KRL <020301]
                """), problems::add);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(3, actors.size());
        assertEquals(List.of(List.of("BELARUS"), List.of("BELARUSIAN"), List.of("MINSK")), actors.get(0).names());
        PetrarchActor leader = actors.get(1);
        assertEquals(List.of("PRESIDENT", "BARANAU"), leader.names().get(1));
        assertEquals("BLRELI", leader.codeOn(LocalDate.of(1995, 5, 1)).orElseThrow());
        assertEquals("BLRGOV", leader.codeOn(LocalDate.of(2005, 5, 1)).orElseThrow());
        assertEquals(LocalDate.of(2002, 2, 28), actors.get(2).codes().get(0).to());
    }

    @Test
    void badActorLinesAreReportedWithFileAndLineAndSkipped() {
        List<String> problems = new ArrayList<>();
        var actors = ActorFileReader.read(lines("bad.actors.txt", """
                +ORPHAN
                NOWHERE
                LATVIA [LVA 19991399-20001301]
                ESTONIA [EST]
                """), problems::add);
        assertEquals(List.of("ESTONIA"), actors.stream().map(a -> a.names().get(0).get(0)).filter(n -> n.equals("ESTONIA")).toList());
        assertTrue(problems.contains("bad.actors.txt:1: synonym before any actor name"), problems.toString());
        assertTrue(problems.contains("bad.actors.txt:2: actor NOWHERE has no code"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.actors.txt:3: bad date")), problems.toString());
    }

    @Test
    void agentFileReadsSuffixesPrefixesPluralsAndSubstitutions() {
        List<String> problems = new ArrayList<>();
        var agents = AgentFileReader.read(lines("demo.agents.txt", """
                !PEOPLE! = MAN, MEN
                FOREIGN_MINISTER [~GOVFRM]
                RELIEF_CHARITY {} [NGO~]
                GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
                FISHER!PEOPLE! [~AGR]
                SPY AGENCY [SPY]
                """), problems::add);
        assertEquals(List.of("demo.agents.txt:6: bad agent code [SPY] (want [~ABC] or [ABC~])"), problems);
        List<String> phrases = agents.stream().map(a -> String.join(" ", a.words())).toList();
        assertTrue(phrases.containsAll(List.of("FOREIGN MINISTER", "FOREIGN MINISTERS", "RELIEF CHARITY", "GOLDEN GEESE", "FISHERMAN", "FISHERMEN")), phrases.toString());
        assertFalse(phrases.contains("RELIEF CHARITIES"));
        PetrarchAgent charity = agents.stream().filter(a -> a.words().get(0).equals("RELIEF")).findFirst().orElseThrow();
        assertFalse(charity.suffix());
        assertEquals("NGO", charity.code());
        PetrarchAgent minister = agents.stream().filter(a -> a.words().get(0).equals("FOREIGN")).findFirst().orElseThrow();
        assertEquals("NGOBLRGOVFRM", minister.addTo(charity.addTo("BLR")));
    }

    @Test
    void agentCodesDoNotRepeatThreeLetterParts() {
        PetrarchAgent gov = new PetrarchAgent(List.of("GOVERNMENT"), "GOV", true, "t");
        PetrarchAgent paper = new PetrarchAgent(List.of("NEWSPAPER"), "GOVMED", true, "t");
        assertEquals("RUSGOV", gov.addTo("RUSGOV"));
        assertEquals("RUSGOVMED", paper.addTo("RUSGOV"));
        assertEquals("---GOV", gov.addTo("---"));
    }

    @Test
    void verbFileReadsSynsetsBlocksVerbsAndPatterns() {
        List<String> problems = new ArrayList<>();
        VerbDictionary v = VerbFileReader.read(lines("demo.verbs", """
                &MONEY
                +ROUBLES
                +EURO_BONDS
                &FUNDS
                +&MONEY
                +GRAIN

                --- SANCTION [163] ---
                SANCTION {SANCTIONED SANCTIONING}
                PUNISH
                WIRE_+TAP {WIRE_+TAPPED} [1711]
                - * AGAINST $ [163]
                - IMPOSE_+ * ON [163]
                - * (WITH {HEAVY FINES}) [1621:1622]
                --- PLEDGE [---] ---
                PLEDGE
                - * &FUNDS TO + [071]
                - * = nonsense [071]
                - NO VERB HERE [071]
                """), problems::add);
        assertEquals(2, v.blocks().size());
        assertEquals(List.of(List.of("ROUBLES"), List.of("EURO", "BONDS"), List.of("GRAIN")), v.synsets().get("&FUNDS"));
        VerbDictionary.Block sanction = v.blocks().get(0);
        assertEquals("163", sanction.code());
        assertEquals(3, sanction.verbs().size());
        VerbDictionary.Verb tap = sanction.verbs().get(2);
        assertEquals(List.of("WIRE", "TAP"), tap.words());
        assertEquals("TAP", tap.head());
        assertEquals("1711", tap.code());
        assertNull(sanction.verbs().get(0).code());
        assertEquals(List.of("SANCTIONED", "SANCTIONING"), sanction.verbs().get(0).forms());
        VerbDictionary.Pattern imposeOn = sanction.patterns().get(1);
        assertEquals(2, imposeOn.verbAt());
        assertTrue(imposeOn.elements().get(1).joined(), "IMPOSE_+ * : the target marker is bound to IMPOSE");
        assertEquals(VerbDictionary.Kind.TARGET, imposeOn.elements().get(1).kind());
        assertEquals("1621:1622", sanction.patterns().get(2).code());
        assertEquals(VerbDictionary.Kind.SYNSET, v.blocks().get(1).patterns().get(0).elements().get(1).kind());
        assertEquals(1, v.blocks().get(1).patterns().size());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("demo.verbs:18: unknown pattern element '='"), problems.toString());
        assertTrue(problems.get(1).startsWith("demo.verbs:19: pattern needs exactly one *"), problems.toString());
        assertTrue(v.index().containsKey("SANCTIONED"));
        assertTrue(v.index().containsKey("TAPPED"));
    }

    @Test
    void discardsSeparateStoryAndSentenceLevel() {
        List<String> problems = new ArrayList<>();
        var d = PetrarchDiscard.read(lines("demo.discards.txt", "+FOOTBALL LEAGUE  # sport\nCHESS OLYMPIAD\n[XYZ]\n"), problems::add);
        assertEquals(2, d.size());
        assertTrue(d.get(0).story());
        assertFalse(d.get(1).story());
        assertEquals(List.of("CHESS", "OLYMPIAD"), d.get(1).words());
        assertEquals(List.of("demo.discards.txt:3: not a discard phrase"), problems);
    }

    @Test
    void petrarchCodesMapOntoCountryRoleAndOrganisations() {
        assertEquals(List.of("BLR", "GOV"), List.of(PetrarchCodes.split("BLRGOV")));
        assertEquals(List.of("UN", "IGO"), List.of(PetrarchCodes.split("IGOUNO")));
        assertEquals(List.of("EU", "IGO"), List.of(PetrarchCodes.split("IGOEEU")));
        assertEquals(List.of("RUS", ""), List.of(PetrarchCodes.split("RUS")));
    }
}
