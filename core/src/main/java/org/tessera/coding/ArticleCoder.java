package org.tessera.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.nlp.ParseFilter;

/**
 * Codes an annotated article: each parsed sentence, top to bottom, goes through the list of
 * {@link EventCoder}s in order (sharing one {@link MutableArticleMemory} for the article), and
 * their candidates through the one {@link EventFinisher}. Immutable and thread-safe.
 */
public final class ArticleCoder {
    private final List<EventCoder> coders;
    private final EventFinisher finisher;

    public ArticleCoder(List<EventCoder> coders, EventFinisher finisher) {
        if (coders.isEmpty()) throw new IllegalArgumentException("an article coder needs at least one event coder");
        this.coders = List.copyOf(coders);
        this.finisher = Objects.requireNonNull(finisher);
    }

    public List<EventCoder> coders() {
        return coders;
    }

    /** Which sentences deserve a dependency parse: those in which some coder may find something. */
    public ParseFilter parseFilter() {
        return tokens -> {
            for (EventCoder c : coders) if (c.worthParsing(tokens)) return true;
            return false;
        };
    }

    public List<Event> code(AnnotatedArticle annotated) {
        MutableArticleMemory memory = new MutableArticleMemory();
        List<Event> out = new ArrayList<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            if (!s.parsed()) continue;
            ParseView view = new ParseView(s);
            List<CandidateEvent> candidates = new ArrayList<>();
            for (EventCoder c : coders) candidates.addAll(c.code(view, annotated, memory));
            out.addAll(finisher.finish(view, annotated, candidates));
        }
        return out;
    }
}
