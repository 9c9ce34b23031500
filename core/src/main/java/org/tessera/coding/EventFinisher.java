package org.tessera.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.Event;

/**
 * The one finishing step every coder's candidates go through: modality ({@link ModalityDetector}),
 * event date ({@link EventDater}), place ({@link EventLocator}), confidence
 * ({@link ConfidenceScorer}) and one merge rule — within a sentence, events of the same dyad and
 * CAMEO root are one event, the more confident kept (the earlier coder on a tie). Immutable and
 * thread-safe.
 */
public final class EventFinisher {
    private final ModalityDetector modality;
    private final EventLocator locator;

    public EventFinisher(ModalityDetector modality, EventLocator locator) {
        this.modality = Objects.requireNonNull(modality);
        this.locator = Objects.requireNonNull(locator);
    }

    /** The events of one sentence, from every coder's candidates for it, in the candidates' order. */
    public List<Event> finish(ParseView view, AnnotatedArticle article, List<CandidateEvent> candidates) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (CandidateEvent c : candidates) {
            Event e = finish(view, article, c);
            merged.merge(mergeKey(e), e, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(merged.values());
    }

    private Event finish(ParseView view, AnnotatedArticle annotated, CandidateEvent c) {
        Article article = annotated.article();
        AnnotatedSentence s = view.sentence();
        ModalityReading reading = modality.detect(view, c.trigger());
        EventDater.Dated dated = EventDater.date(view, c.trigger(), article.date());
        var context = new Event.EventContext(article.title(), article.url(), article.language(), article.date(), article.dateOrigin());
        Event e = new Event(article.docId(), article.index(), s.text().replaceAll("\\s+", " ").trim(),
                article.offset() + s.begin(), article.offset() + s.end(), dated.date(), dated.source(),
                c.source(), c.target(), new Event.Action(c.code(), c.actionText()), reading.modality(), null,
                ConfidenceScorer.score(c, reading.modality()), c.evidence().withModalityCue(reading.cue()), context);
        return e.withLocation(locator.locate(e, s, c.trigger(), annotated));
    }

    /** Source, target and CAMEO root: the same action between the same actors, whoever coded it. */
    static String mergeKey(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + e.action().code().root();
    }
}
