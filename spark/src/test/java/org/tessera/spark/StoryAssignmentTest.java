package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tessera.dedup.NearDuplicates;
import scala.Tuple2;

/**
 * The story rule on the driver, and which unannotated copies must be coded after all when the
 * article they were taken to copy drops out (it was not coded). Texts are random words, so that
 * two of them are similar only where one is made from the other.
 */
class StoryAssignmentTest {
    private static final NearDuplicates DEDUP = NearDuplicates.defaults();

    private static String words(long seed, int n) {
        String[] vocabulary = {"talks", "minister", "border", "trade", "troops", "envoy", "summit", "treaty", "aid", "sanctions",
                "capital", "parliament", "election", "protest", "agreement", "visit", "oil", "gas", "ports", "grain"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(vocabulary[r.nextInt(vocabulary.length)]).append(i % 7 == 6 ? ". " : " ");
        return b.toString();
    }

    private static Tuple2<String, long[]> article(String order, String text) {
        assertTrue(DEDUP.comparable(text), order);
        return new Tuple2<>(order, DEDUP.signature(text));
    }

    private final String story = words(1, 300);
    private final Tuple2<String, long[]> original = article("a", story);
    private final Tuple2<String, long[]> other = article("b", words(2, 300));
    private final Tuple2<String, long[]> rewired = article("c", "Wire copy under a headline of its own\n" + story + " Distributed by a wire service.");
    private final Tuple2<String, long[]> copy = article("d", "Reposted\n" + story + " All rights reserved by the reposting site.");

    @Test
    void copiesAreMappedToTheirStorysFirstArticle() {
        Map<String, StoryAssignment.Copy> copies = StoryAssignment.copies(List.of(original, other, rewired, copy).iterator());
        assertEquals(Set.of("c", "d"), copies.keySet());
        assertEquals("a", copies.get("c").original());
        assertEquals("a", copies.get("d").original());
        assertTrue(copies.get("d").similarity() >= DEDUP.threshold());
    }

    @Test
    void aCopyWhoseOriginalHoldsNeedsNoCoding() {
        assertEquals(Set.of(), StoryAssignment.startingStories(List.of(original, other, copy).iterator(), Set.of("d")));
    }

    @Test
    void aCopyWhoseOriginalWasNotCodedStartsTheStoryAndMustBeCoded() {
        assertEquals(Set.of("d"), StoryAssignment.startingStories(List.of(other, copy).iterator(), Set.of("d")));
    }

    @Test
    void aCopyFindsAnotherFirstArticleWhenItsOriginalDropsOut() {
        // Without "a", the coded wire copy "c" starts the story and the unannotated "d" is its copy.
        assertEquals(Set.of(), StoryAssignment.startingStories(List.of(other, rewired, copy).iterator(), Set.of("d")));
        // If "c" was itself unannotated, it starts the story and must be coded; "d" stays a copy of it.
        assertEquals(Set.of("c"), StoryAssignment.startingStories(List.of(other, rewired, copy).iterator(), Set.of("c", "d")));
    }

    @Test
    void aReusedArticleThatStartsAStoryMustBeCoded() {
        List<Tuple2<String, long[]>> all = new ArrayList<>(List.of(original, other, rewired, copy));
        assertEquals(StoryAssignment.copies(all.iterator()).keySet(),
                Set.of("c", "d"), "every article: the two copies");
        assertEquals(Set.of("a"), StoryAssignment.startingStories(all.iterator(), Set.of("a", "c")));
    }
}
