package org.tessera.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.dedup.MinHasher;
import org.tessera.dedup.NearDuplicates;

/** The copies generator over the BBC corpus beside the project (read at run time, as the bench reads it). */
class SyndicatedCopiesTest {
    private static final Path BBC = Path.of("../../shared/corpus/bbc-2004-2005");

    private static List<JsonNode> parse(SyndicatedCopies.Corpus c) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String l : c.lines()) out.add(json.readTree(l));
        return out;
    }

    @Test
    void theSameSeedGivesTheSameStreamOfOriginalsEachBeforeItsChangedCopies() throws Exception {
        assumeTrue(Files.isDirectory(BBC), "BBC corpus not beside the project");
        SyndicatedCopies g = SyndicatedCopies.bundled();
        SyndicatedCopies.Corpus c = g.generate(BBC, 4, 2, 7);
        assertEquals(c.lines(), g.generate(BBC, 4, 2, 7).lines());
        assertNotEquals(c.lines(), g.generate(BBC, 4, 2, 8).lines());
        assertEquals(4, c.originals());
        assertEquals(8, c.copies());
        List<JsonNode> items = parse(c);
        assertEquals(12, items.size());
        NearDuplicates nd = NearDuplicates.defaults();
        int similar = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode copy = items.get(i);
            if (copy.get("url").asText().startsWith("https://news.bbc.example/")) continue;
            String slug = copy.get("url").asText().replaceAll(".*/", "").replaceAll("-\\d$", "");
            JsonNode original = items.subList(0, i).stream().filter(o -> o.get("url").asText().endsWith("/" + slug)
                    && o.get("url").asText().startsWith("https://news.bbc.example/")).findFirst().orElseThrow(
                    () -> new AssertionError("copy before its original: " + copy));
            assertNotEquals(original.get("title").asText(), copy.get("title").asText(), "re-headlined");
            assertTrue(copy.get("title").asText().contains(original.get("title").asText()));
            assertTrue(copy.get("date").asText().compareTo(original.get("date").asText()) >= 0, "not before the original");
            String[] paragraphs = copy.get("text").asText().split("\n\n");
            assertTrue(!original.get("text").asText().contains(paragraphs[paragraphs.length - 1]), "re-footed");
            if (MinHasher.similarity(nd.signature(original.get("text").asText()), nd.signature(copy.get("text").asText())) >= nd.threshold())
                similar++;
        }
        assertTrue(similar >= 6, "most copies are near-duplicates by the store's test: " + similar + " of 8");
    }
}
