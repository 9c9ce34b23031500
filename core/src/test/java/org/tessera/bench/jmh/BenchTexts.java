package org.tessera.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.tessera.bench.GeneratedArticle;
import org.tessera.bench.GeneratedSentence;
import org.tessera.bench.NewsCorpusGenerator;
import org.tessera.model.Token;

/** Inputs shared by the benchmarks: the generated corpus, and sentences cut into tokens without CoreNLP. */
final class BenchTexts {
    private BenchTexts() {
    }

    static List<GeneratedArticle> articles(int sentences) {
        return new NewsCorpusGenerator().generate(42, sentences).articles();
    }

    /** Whitespace tokens with punctuation split off: close enough to CoreNLP's for a dictionary look-up. */
    static List<List<Token>> tokenised(int sentences) {
        List<List<Token>> out = new ArrayList<>();
        for (GeneratedArticle a : articles(sentences)) {
            for (GeneratedSentence s : a.sentences()) {
                List<Token> tokens = new ArrayList<>();
                for (String w : s.text().replaceAll("([.,'])", " $1 ").trim().split("\\s+"))
                    tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", 0, 0));
                out.add(tokens);
            }
        }
        return out;
    }
}
