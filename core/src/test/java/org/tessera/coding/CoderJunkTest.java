package org.tessera.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Dependency;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.PartialDate;
import org.tessera.model.TimeExpression;
import org.tessera.model.Token;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.testkit.TestLanguage;

/**
 * The coder never throws and never loops on junk: random tokens with random (even cyclic) dependency
 * edges, drawn from words that do trigger patterns and name actors, so the deep paths run.
 */
class CoderJunkTest {
    private static final String[] WORDS = {"Russia", "Belarus", "Lukashenko", "Moscow", "the", "impose", "sanctions", "on", "visit",
            "by", "he", "it", "not", "will", "could", "invite", "to", "and", "EU", "Japanese", "minister", "of", "attack", "talks", "with",
            "refuse", "meet", "if", "said", "Kremlin", "troops", "2016", "April", "NATO", "the West", "'s", ",", "."};
    private static final String[] POS = {"NNP", "NN", "NNS", "VB", "VBD", "VBN", "VBG", "IN", "PRP", "DT", "JJ", "MD", "RB", "TO", "CD", "POS"};
    private static final String[] REL = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "amod", "compound", "case",
            "xcomp", "ccomp", "conj", "acl", "advcl", "aux", "aux:pass", "advmod", "mark", "det", "dep", "appos", "compound:prt", "root"};
    private static final String[] NER = {"O", "PERSON", "COUNTRY", "CITY", "NATIONALITY", "ORGANIZATION", "DATE"};

    /** Our coders and finishing step as every command assembles them; no CoreNLP is loaded for this. */
    private final ArticleCoder coder = PipelineAssembly.standard(PipelineConfig.defaults(), System.err).coder(TestLanguage.ENGLISH);

    @Test
    void randomParsesNeverThrowOrHang() {
        Random rnd = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 2000; round++) {
                List<AnnotatedSentence> sentences = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < 1 + rnd.nextInt(3); s++) sentences.add(junkSentence(rnd, s, text));
                Article a = new Article("junk", 0, "", text.toString(), 0, rnd.nextBoolean() ? new PartialDate(2020, 1, 1) : null,
                        DocumentDateOrigin.NONE, TestLanguage.ENGLISH, "");
                coder.code(new AnnotatedArticle(a, sentences, List.of()));
            }
        });
    }

    @Test
    void anUnparsedSentenceYieldsNothing() {
        List<Token> tokens = List.of(new Token(0, "Russia", "Russia", "NNP", "COUNTRY", 0, 6),
                new Token(1, "attacked", "attack", "VBD", "O", 7, 15), new Token(2, "Ukraine", "Ukraine", "NNP", "COUNTRY", 16, 23));
        AnnotatedSentence s = new AnnotatedSentence(0, "Russia attacked Ukraine", 0, 23, tokens, List.of(), List.of(), false);
        Article a = new Article("x", 0, "", "Russia attacked Ukraine", 0, null, DocumentDateOrigin.NONE, TestLanguage.ENGLISH, "");
        assertEquals(0, coder.code(new AnnotatedArticle(a, List.of(s), List.of())).size());
    }

    private static AnnotatedSentence junkSentence(Random rnd, int index, StringBuilder text) {
        int n = 1 + rnd.nextInt(25);
        int begin = text.length();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w = WORDS[rnd.nextInt(WORDS.length)];
            int b = text.length();
            text.append(w).append(' ');
            tokens.add(new Token(i, w, w.toLowerCase(), POS[rnd.nextInt(POS.length)], NER[rnd.nextInt(NER.length)], b, b + w.length()));
        }
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) deps.add(new Dependency(rnd.nextInt(n + 1) - 1, i, REL[rnd.nextInt(REL.length)]));
        List<TimeExpression> times = new ArrayList<>();
        if (rnd.nextBoolean()) {
            int s = rnd.nextInt(n);
            times.add(new TimeExpression(s, Math.min(n, s + 2), "x", "DATE", rnd.nextBoolean() ? "2016-04-15" : "XXXX-SU"));
        }
        int end = text.length();
        assertTrue(end >= begin);
        return new AnnotatedSentence(index, text.substring(begin, end), begin, end, tokens, deps, times, true);
    }
}
