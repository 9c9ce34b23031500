package org.tessera.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.model.Actor;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Article;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;

/**
 * The one finishing step every coder's candidates go through: modality ({@link ModalityDetector}),
 * event date ({@link EventDater}), place ({@link EventLocator}), confidence
 * ({@link ConfidenceScorer}) and one merge rule — within a sentence, events of the same dyad and
 * CAMEO root are one event: the one the text says happened, else the more confident (the earlier
 * coder on a tie). Events of regimes that had ended when the article was written ({@link PastRegimes})
 * are history it recalls and give none, as do noun events dated years before the article, and a numbered heading ({@link SentenceForm#numberedHeading})
 * gives none. Immutable and
 * thread-safe.
 */
public final class EventFinisher {
    /** CAMEO roots whose one-actor events act on a place: force posture, coercion, assault, fighting, mass violence. */
    private static final java.util.Set<String> PLACE_ROOTS = java.util.Set.of("15", "17", "18", "19", "20");
    /**
     * Roots whose announced future is the measure itself, as the codebook codes it: "announced it would
     * cut all aid" is a decision taken (162), like "announced sanctions", not a threat (1311), which
     * the threatening verbs code ("warned it would cut aid") and a condition makes ("will cut aid unless").
     */
    private static final java.util.Set<String> DECIDED_ROOTS = java.util.Set.of("16");
    private final ModalityDetector modality;
    private final EventLocator locator;
    private final FamilyMirror intents;
    private final PastRegimes regimes;

    /**
     * What an action announced for the future is, as CAMEO codes it: "Finland will give Tanzania a
     * grant" is a promise of aid (033, the INTENT family), asserted, not aid to come; "Iraq will attack"
     * a threat; "Jordan will not accept refugees" a refusal (the REJECT family: 122).
     */
    @FunctionalInterface
    public interface FamilyMirror {
        Optional<CameoCode> mirror(CameoCode material, ActionFrame family);

        FamilyMirror NONE = (c, f) -> Optional.empty();
    }

    public EventFinisher(ModalityDetector modality, EventLocator locator) {
        this(modality, locator, FamilyMirror.NONE);
    }

    public EventFinisher(ModalityDetector modality, EventLocator locator, FamilyMirror intents) {
        this(modality, locator, intents, PastRegimes.bundled());
    }

    public EventFinisher(ModalityDetector modality, EventLocator locator, FamilyMirror intents, PastRegimes regimes) {
        this.modality = Objects.requireNonNull(modality);
        this.locator = Objects.requireNonNull(locator);
        this.intents = Objects.requireNonNull(intents);
        this.regimes = Objects.requireNonNull(regimes);
    }

    /** The events of one sentence, from every coder's candidates for it, in the candidates' order. */
    public List<Event> finish(ParseView view, AnnotatedArticle article, List<CandidateEvent> candidates) {
        Map<String, Event> merged = new LinkedHashMap<>();
        if (SentenceForm.numberedHeading(view.sentence())) return new ArrayList<>();
        for (CandidateEvent c : candidates) {
            if (recalled(c, article.article())) continue;
            Event e = finish(view, article, c);
            if (longPast(view, c, e, article.article().date())) continue;
            merged.merge(mergeKey(e), e, EventFinisher::kept);
        }
        return new ArrayList<>(merged.values());
    }

    private Event finish(ParseView view, AnnotatedArticle annotated, CandidateEvent candidate) {
        Article article = annotated.article();
        AnnotatedSentence s = view.sentence();
        CandidateEvent c = onPlace(candidate, s, annotated);
        ModalityReading reading = modality.detect(view, c.trigger());
        CameoCode code = c.code();
        boolean announced = announced(view, c, reading);
        boolean decided = announced && DECIDED_ROOTS.contains(code.root()) && !modality.conditioned(view, c.trigger());
        Optional<CameoCode> intent = announced && !decided ? intents.mirror(code, ActionFrame.INTENT) : Optional.empty();
        if (decided) {
            reading = new ModalityReading(Modality.ASSERTED, "decided:" + reading.cue());
        } else if (intent.isPresent()) {
            code = intent.get();
            reading = new ModalityReading(Modality.ASSERTED, "intent:" + reading.cue());
        }
        Optional<CameoCode> refusal = refused(view, c, reading) ? intents.mirror(code, ActionFrame.REJECT) : Optional.empty();
        if (refusal.isPresent()) {
            code = refusal.get();
            reading = new ModalityReading(Modality.ASSERTED, "refusal:" + reading.cue());
        }
        EventDater.Dated dated = EventDater.date(view, c.trigger(), article.date());
        var context = new Event.EventContext(article.title(), article.url(), article.language(), article.date(), article.dateOrigin());
        Event e = new Event(article.docId(), article.index(), s.text().replaceAll("\\s+", " ").trim(),
                article.offset() + s.begin(), article.offset() + s.end(), dated.date(), dated.source(),
                c.source(), c.target(), new Event.Action(code, c.actionText()), reading.modality(), null,
                ConfidenceScorer.score(c, reading.modality()), c.evidence().withModalityCue(reading.cue()), context);
        e = e.withLocation(locator.locate(e, s, c.trigger(), annotated));
        return e.withActorPlaces(locator.placeActors(e, s, annotated));
    }

    /**
     * An event of a regime that had ended when the article was written ("Nazi Germany's invasion of
     * the Soviet Union" in a 2018 article) is history the article recalls, not an event of its time.
     */
    private boolean recalled(CandidateEvent c, Article article) {
        return regimes.ended(c.source(), article.date()) || regimes.ended(c.target(), article.date());
    }

    /**
     * A noun event whose own date is years before the article ("the 1979 invasion of Afghanistan" in a
     * 2019 article) is background the article recalls; a verb tells what it narrates ("In 1994 the
     * minister visited Moscow") and stays an event of that date.
     */
    private static boolean longPast(ParseView view, CandidateEvent c, Event e, PartialDate published) {
        boolean noun = c.nominal() || view.token(c.trigger()).isNoun();
        return noun && published != null && e.dateSource() == DateSource.TEXT && e.date() != null
                && e.date().year() < published.year() - 1;
    }

    /**
     * A one-actor attack or measure that stands in its source's own country for a target, but that
     * the sentence puts on a place of another country, targets that country: "Israeli tanks fired at
     * targets in Jericho" ISR -> PSE, as the codebook codes an attack on a place.
     */
    private CandidateEvent onPlace(CandidateEvent c, AnnotatedSentence s, AnnotatedArticle annotated) {
        if (c.target() == null || c.target().ruleKind() != ActorRule.OWN_COUNTRY || !PLACE_ROOTS.contains(c.code().root()))
            return c;
        Location place = locator.struck(s, c.trigger(), annotated);
        if (place == null || !place.country().matches("[A-Z]{3}") || place.country().equals(c.target().country())) return c;
        Actor target = new Actor("", place.name(), place.country(), "", ActorRule.PLACE, place.name());
        return new CandidateEvent(c.trigger(), c.code(), c.actionText(), c.source(), target, c.specificity(), c.nominal(),
                c.evidence().withTarget(target.resolution()));
    }

    /**
     * A verb the text puts in the future by an auxiliary or a verb of intent ("will give", "plans to
     * send"); a noun's future ("the forthcoming visit") is a mention, and a schedule ("He visits Rome
     * before flying on to Cairo") a plan nobody in the sentence announces, not an announcement.
     */
    private static boolean announced(ParseView view, CandidateEvent c, ModalityReading reading) {
        return reading.modality() == Modality.FUTURE && !c.nominal() && !view.token(c.trigger()).isNoun()
                && !ModalityDetector.bySchedule(reading.cue());
    }

    /** A verb negated under its own future auxiliary: "said it will not accept refugees", "would not meet". */
    private boolean refused(ParseView view, CandidateEvent c, ModalityReading reading) {
        return reading.modality() == Modality.NEGATED && !c.nominal() && modality.negatedFuture(view, c.trigger());
    }

    /** Of two readings of one action, the one that says it happened, else the more confident (the earlier on a tie). */
    private static Event kept(Event a, Event b) {
        boolean ha = a.modality().countsAsHappened();
        boolean hb = b.modality().countsAsHappened();
        if (ha != hb) return ha ? a : b;
        return a.confidence() >= b.confidence() ? a : b;
    }

    /** Source, target and CAMEO root: the same action between the same actors, whoever coded it. */
    static String mergeKey(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":" + e.action().code().root();
    }
}
