package org.tessera.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.nlp.ParseFilter;
import org.tessera.nlp.StageClock;

/**
 * Codes an annotated article: each parsed sentence, top to bottom, goes through the list of
 * {@link EventCoder}s in order (sharing one {@link MutableArticleMemory} for the article), and
 * their candidates through the one {@link EventFinisher}. Thread-safe; its only state is the
 * {@link StageClock} that books each coder's and the finisher's time, for benchmarks.
 */
public final class ArticleCoder {
    private final List<EventCoder> coders;
    private final EventFinisher finisher;
    /** Each coder's step name in the clock, made once rather than per sentence. */
    private final List<String> stageNames;
    private final StageClock clock = new StageClock();

    public ArticleCoder(List<EventCoder> coders, EventFinisher finisher) {
        if (coders.isEmpty()) throw new IllegalArgumentException("an article coder needs at least one event coder");
        this.coders = List.copyOf(coders);
        this.stageNames = this.coders.stream().map(c -> "coding: " + c.name()).toList();
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

    /** Time spent so far per coder and in the finisher, over every thread. */
    public StageClock.Snapshot stageTimes() {
        return clock.snapshot();
    }

    public List<Event> code(AnnotatedArticle annotated) {
        MutableArticleMemory memory = new MutableArticleMemory();
        List<Event> out = new ArrayList<>();
        for (AnnotatedSentence s : annotated.sentences()) {
            if (!s.parsed()) continue;
            ParseView view = new ParseView(s);
            List<CandidateEvent> candidates = new ArrayList<>();
            for (int k = 0; k < coders.size(); k++) {
                long t0 = System.nanoTime();
                candidates.addAll(coders.get(k).code(view, annotated, memory));
                clock.add(stageNames.get(k), System.nanoTime() - t0, 1);
            }
            long t0 = System.nanoTime();
            out.addAll(finisher.finish(view, annotated, candidates));
            clock.add("coding: finish", System.nanoTime() - t0, 1);
        }
        return out;
    }
}
