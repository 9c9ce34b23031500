package org.tessera.model;

import java.util.Objects;

/**
 * One coded event with its provenance: the contract's record (see {@code shared/contract/events-jsonl.md}).
 *
 * @param doc         document id
 * @param article     article index in the document
 * @param sentence    the sentence as cleaned
 * @param spanStart   start of the sentence in the document's cleaned text
 * @param spanEnd     end of the sentence in the document's cleaned text
 * @param date        event date, null when unknown
 * @param dateSource  where the date came from
 * @param source      source actor
 * @param target      target actor, null for one-actor events
 * @param action      the CAMEO code with the words that carry it
 * @param modality    asserted, negated, ...
 * @param location    where it happened, null when the text does not say
 * @param confidence  0..1
 * @param evidence    the pattern and actor rules that produced it, as data; {@link #evidenceText()} is the contract's string
 * @param context     article-level facts carried along (title, url, language, document date)
 * @param actorPlaces where the text places the source and the target, never null
 */
public record Event(String doc, int article, String sentence, int spanStart, int spanEnd,
                    PartialDate date, DateSource dateSource, Actor source, Actor target, Action action,
                    Modality modality, Location location, double confidence, Evidence evidence, EventContext context,
                    ActorPlaces actorPlaces) {
    public Event {
        actorPlaces = actorPlaces == null ? ActorPlaces.NONE : actorPlaces;
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(dateSource, "dateSource");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of 0..1");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** An event whose actors are not placed (yet). */
    public Event(String doc, int article, String sentence, int spanStart, int spanEnd,
                 PartialDate date, DateSource dateSource, Actor source, Actor target, Action action,
                 Modality modality, Location location, double confidence, Evidence evidence, EventContext context) {
        this(doc, article, sentence, spanStart, spanEnd, date, dateSource, source, target, action, modality, location,
                confidence, evidence, context, ActorPlaces.NONE);
    }

    /**
     * The action of an event.
     *
     * @param code the CAMEO code entry
     * @param text the words that carry the action ("imposed sanctions on")
     */
    public record Action(CameoCode code, String text) {
        public Action {
            Objects.requireNonNull(code, "code");
            text = text == null ? "" : text;
        }
    }

    /** Article-level context every event carries, so stores and exports need not look it up again. */
    public record EventContext(String title, String url, String language, PartialDate documentDate,
                               DocumentDateOrigin documentDateOrigin) {
    }

    /** The contract's one-line {@code evidence}, derived from {@link #evidence()}. */
    public String evidenceText() {
        return evidence.summary(modality);
    }

    /** The sentence's index in its article. */
    public int sentenceIndex() {
        return evidence.sentence();
    }

    public Event withLocation(Location l) {
        return new Event(doc, article, sentence, spanStart, spanEnd, date, dateSource, source, target, action,
                modality, l, confidence, evidence, context, actorPlaces);
    }

    public Event withActorPlaces(ActorPlaces p) {
        return new Event(doc, article, sentence, spanStart, spanEnd, date, dateSource, source, target, action,
                modality, location, confidence, evidence, context, p);
    }
}
