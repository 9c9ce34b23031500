package org.tessera.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    static final String STORY = """
            Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi on Friday to discuss \
            gas prices and a loan for the Belarusian economy. The two leaders agreed to extend the supply contract for \
            another year, officials in Minsk said after the talks. Lukashenko thanked Moscow for its support and promised \
            closer military cooperation along the western border. Opposition figures in exile criticised the meeting and \
            urged the European Union to widen its sanctions against the government in Minsk.""";
    static final String OTHER = """
            Japan and the European Union signed a new agreement on digital trade in Tokyo on Tuesday. Prime Minister \
            Fumio Kishida welcomed the deal as a step toward rules for data flows across borders, while the European \
            Commission said the text would remove barriers for small firms. Talks on fisheries and agricultural tariffs \
            will continue next month in Brussels, diplomats said.""";

    final NearDuplicates nd = NearDuplicates.defaults();

    @Test
    void identicalTextsHaveIdenticalSignatures() {
        assertArrayEquals(nd.signature(STORY), nd.signature(STORY));
        assertEquals(1.0, MinHasher.similarity(nd.signature(STORY), nd.signature(STORY)));
    }

    @Test
    void punctuationCaseAndSpacingDoNotMatter() {
        String shouted = STORY.toUpperCase().replace(",", " ,").replace(".", " . ");
        assertArrayEquals(nd.shingles().of(STORY), nd.shingles().of(shouted));
    }

    @Test
    void repostUnderAnotherHeaderAndFooterStaysSimilar() {
        String a = "Minsk Daily Courier | Home | Politics | Economy | Sport\n\n" + STORY + "\n\nShare this story. Subscribe to our newsletter.";
        String b = "EASTERN NEWS WIRE - Breaking - World - Regions\n\n" + STORY + "\n\nRead more: all our coverage of Belarus. Comments are closed.";
        double exact = Shingles.jaccard(nd.shingles().of(a), nd.shingles().of(b));
        double estimate = MinHasher.similarity(nd.signature(a), nd.signature(b));
        assertTrue(exact > 0.6, "exact Jaccard " + exact);
        assertTrue(Math.abs(exact - estimate) < 0.15, "estimate " + estimate + " far from " + exact);
        assertTrue(estimate >= nd.threshold(), "estimate " + estimate);
    }

    @Test
    void unrelatedArticlesAreFarApart() {
        double s = MinHasher.similarity(nd.signature(STORY), nd.signature(OTHER));
        assertTrue(s < 0.1, "similarity " + s);
        assertTrue(Shingles.jaccard(nd.shingles().of(STORY), nd.shingles().of(OTHER)) < 0.05);
    }

    @Test
    void lshFindsTheRepostAmongManyUnrelatedTexts() {
        LshIndex<String> index = new LshIndex<>(nd);
        Random r = new Random(42);
        List<String> words = new ArrayList<>(List.of((STORY + " " + OTHER).split("\\s+")));
        for (int i = 0; i < 300; i++) {
            java.util.Collections.shuffle(words, r);
            index.add("noise-" + i, String.join(" ", words.subList(0, 60)));
        }
        index.add("original", STORY);
        index.add("other", OTHER);
        var match = index.nearest("World | Europe | Opinion\n" + STORY + "\nThis article first appeared elsewhere.");
        assertTrue(match.isPresent());
        assertEquals("original", match.get().item());
        assertFalse(index.nearest("A completely different text about football results and the weather in Lisbon this weekend.").isPresent());
    }

    @Test
    void bandingProbabilityRisesSteeplyAroundTheThreshold() {
        LshBands b = nd.bands();
        assertTrue(b.candidateProbability(0.6) > 0.98);
        assertTrue(b.candidateProbability(0.5) > 0.8);
        assertTrue(b.candidateProbability(0.1) < 0.01);
    }

    @Test
    void signaturesSurviveStorageAsBytes() {
        long[] sig = nd.signature(STORY);
        assertArrayEquals(sig, MinHasher.fromBytes(MinHasher.toBytes(sig)));
    }

    @Test
    void emptyAndShortTextsNeverThrow() {
        assertEquals(0, nd.shingles().of("").length);
        assertEquals(0, nd.shingles().of("  ...  !!! ").length);
        assertEquals(1, nd.shingles().of("Minsk replied").length);
        assertFalse(nd.comparable("Minsk replied"));
        Random r = new Random(7);
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < r.nextInt(200); j++) sb.appendCodePoint(r.nextInt(0x3000));
            long[] sig = nd.signature(sb.toString());
            assertEquals(128, sig.length);
            nd.bands().keys(sig);
        }
    }

    @Test
    void signaturesAreStableAcrossInstances() {
        // Stored signatures must compare with those of a later run: no per-instance randomness.
        assertArrayEquals(new MinHasher(128).signature(new Shingles(4).of(STORY)), NearDuplicates.defaults().signature(STORY));
        assertEquals(nd.bands().keys(nd.signature(OTHER))[5], NearDuplicates.defaults().bands().keys(nd.signature(OTHER))[5]);
    }
}
