package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tessera.dedup.NearDuplicates;
import org.tessera.model.Article;

/** The look-up before annotation: in the run's order, against the store and the run's own earlier articles. */
class CopyFinderTest {
    private static final String STORY = "The foreign minister of Austria met his Hungarian counterpart in Vienna on Tuesday "
            + "and the two governments agreed to reopen the border crossing near Nickelsdorf for freight traffic next month.";
    private static final String OTHER = "Kenyan police arrested twelve opposition activists in Nairobi on Tuesday, a rights group said; "
            + "the activists had planned a march against rising food prices in the capital on Wednesday morning.";

    private static Article article(String id, String text) {
        return new Article(id, 0, "", text, 0, null, null, "en", "https://" + id + ".example/a");
    }

    private static final CodedArticles EMPTY_STORE = signature -> Optional.empty();

    private static CopyFinder.Claim claim(CopyFinder f, int sequence, Article a) {
        CopyFinder.Turn t = f.turn(sequence);
        try {
            return t.claim(List.of(a), x -> true).get(0);
        } finally {
            t.pass();
        }
    }

    @Test
    void aCopyOfAnEarlierArticleOfTheRunReusesItOnceItIsCoded() {
        CopyFinder f = new CopyFinder(EMPTY_STORE);
        CopyFinder.Claim original = claim(f, 0, article("first", STORY));
        CopyFinder.Claim copy = claim(f, 1, article("second", STORY + " Read more on our site."));
        CopyFinder.Claim other = claim(f, 2, article("third", OTHER));
        original.settle(true);
        other.settle(true);
        assertEquals("https://first.example/a", copy.reusable().original());
        assertNull(original.reusable(), "the original itself is coded");
        assertNull(other.reusable());
    }

    @Test
    void aCopyWhoseOriginalFailedIsCodedItself() {
        CopyFinder f = new CopyFinder(EMPTY_STORE);
        CopyFinder.Claim original = claim(f, 0, article("first", STORY));
        CopyFinder.Claim copy = claim(f, 1, article("second", STORY));
        original.settle(false);
        assertNull(copy.reusable());
    }

    @Test
    void aStoredOriginalNeedsNoWaitingAndWinsATie() {
        NearDuplicates nd = NearDuplicates.defaults();
        long[] stored = nd.signature(STORY);
        CopyFinder f = new CopyFinder(s -> Optional.of(new CopyOf("https://stored.example/a", 1.0)).filter(c -> s.length == stored.length));
        claim(f, 0, article("first", STORY + " Footer."));
        assertEquals("https://stored.example/a", claim(f, 1, article("second", STORY)).reusable().original());
    }

    @Test
    void aLaterDocumentWaitsForTheTurnOfEarlierOnes() throws Exception {
        CopyFinder f = new CopyFinder(EMPTY_STORE);
        // The copy's worker starts first; it must still see the original, which comes first in the run.
        CompletableFuture<CopyFinder.Claim> copy = CompletableFuture.supplyAsync(() -> claim(f, 1, article("second", STORY)));
        Thread.sleep(100);
        assertEquals(false, copy.isDone(), "waits for document 0");
        CopyFinder.Claim original = claim(f, 0, article("first", STORY));
        original.settle(true);
        assertEquals("https://first.example/a", copy.get(10, TimeUnit.SECONDS).reusable().original());
    }

    @Test
    void aDocumentThatFailsBeforeClaimingStillPassesItsTurn() throws Exception {
        CopyFinder f = new CopyFinder(EMPTY_STORE);
        // Document 1 is unreadable: intake fails, so it never claims; document 2 must not wait for it forever.
        CompletableFuture<CopyFinder.Claim> later = CompletableFuture.supplyAsync(() -> claim(f, 2, article("third", OTHER)));
        claim(f, 0, article("first", STORY)).settle(true);
        f.turn(1).pass();
        assertNull(later.get(10, TimeUnit.SECONDS).reusable());
    }
}
