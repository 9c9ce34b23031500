package org.tessera.bench;

import java.util.List;
import org.tessera.model.RawDocument;

/** A generated corpus and the seed that made it. */
public record GeneratedCorpus(long seed, List<GeneratedArticle> articles) {
    public GeneratedCorpus {
        articles = List.copyOf(articles);
    }

    public int sentenceCount() {
        return articles.stream().mapToInt(a -> a.sentences().size()).sum();
    }

    public int actorlessCount() {
        return (int) articles.stream().flatMap(a -> a.sentences().stream()).filter(s -> !s.namesActor()).count();
    }

    public double actorlessShare() {
        int n = sentenceCount();
        return n == 0 ? 0 : (double) actorlessCount() / n;
    }

    public List<RawDocument> documents() {
        return articles.stream().map(GeneratedArticle::toRawDocument).toList();
    }
}
