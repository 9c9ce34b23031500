package org.tessera.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.testkit.TestLanguage;

class RepostCacheTest {
    private static Article article(String doc, String text, String date) {
        return new Article(doc, 0, "title of " + doc, text, 0, date == null ? null : PartialDate.of(LocalDate.parse(date)),
                DocumentDateOrigin.PAGE, TestLanguage.ENGLISH, "https://" + doc + ".example/story");
    }

    private static AnnotatedArticle annotated(Article a, int sentences) {
        List<AnnotatedSentence> s = new ArrayList<>();
        for (int i = 0; i < sentences; i++) s.add(new AnnotatedSentence(i, "Sentence " + i + ".", 0, 1, List.of(), List.of(), List.of(), false));
        return new AnnotatedArticle(a, s, List.of());
    }

    @Test
    void aRepostGetsTheSameSentencesBoundToItsOwnArticle() {
        RepostCache cache = new RepostCache(100);
        AnnotatedArticle first = annotated(article("a", "Same text.", "2024-03-01"), 3);
        cache.put(first);

        Article repost = article("b", "Same text.", "2024-03-01");
        AnnotatedArticle hit = cache.find(repost);
        assertNotNull(hit);
        assertSame(repost, hit.article(), "the repost's own id, title and address");
        assertEquals(first.sentences(), hit.sentences());
        assertEquals(1, cache.hits());
    }

    @Test
    void anotherDateOrAnotherTextIsNotARepost() {
        RepostCache cache = new RepostCache(100);
        cache.put(annotated(article("a", "Same text.", "2024-03-01"), 3));
        // Time expressions ("yesterday") resolve against the date, so the annotation depends on it.
        assertNull(cache.find(article("b", "Same text.", "2024-03-02")));
        assertNull(cache.find(article("c", "Same text.", null)));
        assertNull(cache.find(article("d", "Same text!", "2024-03-01")));
        assertEquals(0, cache.hits());
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheSentenceBoundIsPassed() {
        RepostCache cache = new RepostCache(10);
        cache.put(annotated(article("a", "A.", null), 4));
        cache.put(annotated(article("b", "B.", null), 4));
        assertNotNull(cache.find(article("x", "A.", null))); // A is now the more recently used
        cache.put(annotated(article("c", "C.", null), 4)); // 12 > 10: B goes
        assertNotNull(cache.find(article("x", "A.", null)));
        assertNull(cache.find(article("x", "B.", null)));
        assertNotNull(cache.find(article("x", "C.", null)));
        cache.put(annotated(article("d", "D.", null), 11)); // larger than the whole bound: not kept
        assertNull(cache.find(article("x", "D.", null)));
    }

    @Test
    void sizeZeroKeepsNothing() {
        RepostCache cache = new RepostCache(0);
        cache.put(annotated(article("a", "A.", null), 1));
        assertNull(cache.find(article("b", "A.", null)));
    }
}
