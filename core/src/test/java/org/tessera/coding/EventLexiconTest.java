package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tessera.cameo.CameoTable;

class EventLexiconTest {
    private final CameoTable cameo = CameoTable.load();

    @Test
    void bundledLexiconLoadsAndCoversEveryCameoRoot() {
        EventLexicon lex = EventLexicon.bundled(cameo);
        Set<String> roots = lex.all().stream().map(p -> p.cameo().substring(0, 2)).collect(Collectors.toSet());
        for (int r = 1; r <= 20; r++) assertTrue(roots.contains(String.format("%02d", r)), "no pattern for root " + r);
        assertTrue(lex.all().size() > 120); // the verbal families (02, 03, 10, 12, 13) are the family rule's, not patterns
    }

    @Test
    void phrasalPatternParsesRequirementsAndSlots() {
        EventPattern p = EventLexicon.parseLine("x.impose 163 impose|slap +obj:sanction|embargo -obj:tax T=on,against", "t:1");
        assertEquals(Set.of("impose", "slap"), p.triggers());
        assertEquals(2, p.requirements().size());
        assertEquals("obj", p.requirements().get(0).link());
        assertTrue(p.requirements().get(0).accepts("embargo"));
        assertFalse(p.requirements().get(1).present());
        assertEquals(List.of("on", "against"), p.targetSlots());
        assertFalse(p.nominal());
    }

    @Test
    void nounTriggersSourceSlotsAndMultiwordPrepositions() {
        EventPattern p = EventLexicon.parseLine("x.visit 042 n:visit T=to S=nmod:poss,amod", "t:1");
        assertTrue(p.nominal());
        assertEquals(List.of("nmod:poss", "amod"), p.sourceSlots());
        EventPattern q = EventLexicon.parseLine("x.rep 010 report +according_to:* T?", "t:2");
        assertEquals("according to", q.requirements().get(0).link());
        assertTrue(q.targetOptional());
        assertTrue(EventLexicon.parseLine("x.m 046 negotiate T=with mutual", "t:3").mutual());
    }

    @Test
    void moreSpecificPatternsRankHigher() {
        EventPattern general = EventLexicon.parseLine("a 120 refuse +xcomp:* T=obj", "t:1");
        EventPattern named = EventLexicon.parseLine("b 125 refuse +xcomp:meet T=obj", "t:2");
        assertTrue(named.specificity() > general.specificity());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndSkipped() throws Exception {
        String text = "# comment\nok.one 042 visit T=obj\nbad.code 999 visit T=obj\nbad.slot 042 visit\nbad.elem 042 visit ?? T=obj\nok.one 043 host T=obj\n";
        List<String> problems = new ArrayList<>();
        EventLexicon lex = EventLexicon.parse("mine.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cameo, problems::add);
        assertEquals(1, lex.all().size());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("mine.txt:3:"), problems.get(0));
        assertTrue(problems.get(3).contains("duplicate"), problems.get(3));
    }
}
