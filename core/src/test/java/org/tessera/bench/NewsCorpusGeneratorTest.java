package org.tessera.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.coding.ActorDictionary;
import org.tessera.intake.Intake;
import org.tessera.intake.IntakeOptions;
import org.tessera.model.Article;
import org.tessera.model.CleanDocument;
import org.tessera.model.Token;
import org.tessera.testkit.TestLanguage;

class NewsCorpusGeneratorTest {
    private final NewsCorpusGenerator generator = new NewsCorpusGenerator();

    @Test
    void defaultCorpusHoldsAtLeastTwoThousandSentencesInArticlesOfTenToTwentyFive() {
        GeneratedCorpus c = generator.generate(42, 2000);
        assertTrue(c.sentenceCount() >= 2000, "sentences: " + c.sentenceCount());
        for (GeneratedArticle a : c.articles()) {
            int n = a.sentences().size();
            assertTrue(n >= 10 && n <= 25, a.id() + " has " + n + " sentences");
        }
    }

    @Test
    void sameSeedGivesTheSameCorpusAndAnotherSeedAnotherOne() {
        List<String> a = texts(generator.generate(7, 2000));
        assertEquals(a, texts(new NewsCorpusGenerator().generate(7, 2000)));
        assertNotEquals(a, texts(generator.generate(8, 2000)));
    }

    @Test
    void sentenceLengthsHaveTheLongTailOfRealNews() {
        List<Integer> words = new ArrayList<>();
        for (GeneratedArticle a : generator.generate(42, 2000).articles())
            for (GeneratedSentence s : a.sentences()) words.add(tokens(s.text()).size());
        double mean = words.stream().mapToInt(Integer::intValue).average().orElseThrow();
        long over40 = words.stream().filter(n -> n > 40).count();
        long over60 = words.stream().filter(n -> n > 60).count();
        long under12 = words.stream().filter(n -> n < 12).count();
        // Wire copy: about 25 tokens on average, one sentence in seven over 40, a few over 60, and short ones too.
        assertTrue(mean > 22 && mean < 32, "mean " + mean);
        assertTrue(over40 > words.size() * 0.08 && over40 < words.size() * 0.25, "over 40: " + over40 + " of " + words.size());
        assertTrue(over60 > words.size() * 0.01, "over 60: " + over60);
        assertTrue(under12 > words.size() * 0.05, "under 12: " + under12);
    }

    @Test
    void aboutThirtyPercentOfSentencesNameNoActor() {
        double share = generator.generate(42, 2000).actorlessShare();
        assertTrue(share > 0.25 && share < 0.35, "actor-less share " + share);
    }

    @Test
    void actorlessSentencesHoldNoDictionaryNameAndActorSentencesDo() {
        ActorDictionary dictionary = ActorDictionary.bundled();
        for (GeneratedArticle a : generator.generate(3, 500).articles()) {
            for (GeneratedSentence s : a.sentences()) {
                boolean found = !dictionary.find(tokens(s.text())).isEmpty();
                assertEquals(s.namesActor(), found, s.text());
            }
        }
    }

    @Test
    void intakeReadsEachGeneratedPageAsOneDatedEnglishArticle() throws Exception {
        GeneratedArticle g = generator.generate(1, 20).articles().get(0);
        CleanDocument doc = new Intake(IntakeOptions.defaults()).clean(g.toRawDocument());
        assertEquals(1, doc.articles().size());
        Article a = doc.articles().get(0);
        assertEquals(TestLanguage.ENGLISH, a.language());
        assertEquals(g.date(), a.date().start());
        assertTrue(a.text().contains(g.sentences().get(g.sentences().size() - 1).text()), a.text());
    }

    /** Whitespace tokens with punctuation split off, enough for a dictionary look-up. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (String w : text.replaceAll("([.,'])", " $1 ").trim().split("\\s+"))
            out.add(new Token(out.size(), w, w, "NN", "O", 0, 0));
        return out;
    }

    private static List<String> texts(GeneratedCorpus c) {
        return c.articles().stream().map(GeneratedArticle::text).toList();
    }
}
