package org.tessera.geo;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tessera.coding.EventLocator;
import org.tessera.model.Actor;
import org.tessera.model.ActorPlaces;
import org.tessera.model.AnnotatedArticle;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Event;
import org.tessera.model.Location;

/**
 * The coder's last step: the place the sentence puts the event at (a prepositional locative
 * attached to the trigger, see {@link LocativeFinder}), else the article's dateline, else null —
 * never a guess. A place that is itself the source or target ("Moscow warned Kyiv") is never
 * the location: only prepositional locatives are read. A locative inside the target's phrase
 * still counts ("met Ukrainian officials in Kyiv": the parser hangs "in Kyiv" on the object, but
 * it says where the meeting was), and so does the target of "arrived in Tokyo", which the
 * lexicon reads as Japan through the same phrase. Locatives on the subject are not climbed
 * ("the embassy in Tokyo protested" says where the embassy is, not the protest). Ambiguous names
 * are read against the actors' countries and the article's places ({@link PlaceResolver}).
 *
 * <p>Thread-safe. The article context is computed once per article: the coder calls this for each
 * event of an article in turn, so the last article's context is memoised (one reference, not a
 * growing cache). Never throws: a failure to place leaves the location null.
 */
public final class GazetteerLocator implements EventLocator {
    private final PlaceResolver resolver;
    private final LocativeFinder locatives = LocativeFinder.bundled();
    private final ActorPlacer actors;
    private final AtomicReference<Memo> last = new AtomicReference<>();

    private record Memo(AnnotatedArticle article, ArticlePlaces places) {
    }

    public GazetteerLocator(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(Objects.requireNonNull(gazetteer));
        this.actors = new ActorPlacer(resolver);
    }

    /** A locator over the bundled gazetteer (loads it: build one per process). */
    public static GazetteerLocator bundled() {
        return new GazetteerLocator(Gazetteer.bundled());
    }

    @Override
    public Location locate(Event event, AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
        try {
            return place(event, sentence, trigger, article).map(Place::toLocation).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The place with its kind (for GDELT's ActionGeo_Type), or empty. */
    public Optional<Place> place(Event event, AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
        ArticlePlaces places = articlePlaces(article);
        PlaceContext ctx = places.context().withActors(actorCountries(event));
        return sentence == null ? places.dateline() : first(locatives.find(sentence, trigger), ctx).or(places::dateline);
    }

    @Override
    public ActorPlaces placeActors(Event event, AnnotatedSentence sentence, AnnotatedArticle article) {
        try {
            return actors.place(event, sentence, articlePlaces(article).context());
        } catch (RuntimeException e) {
            return ActorPlaces.NONE;
        }
    }

    @Override
    public Location struck(AnnotatedSentence sentence, int trigger, AnnotatedArticle article) {
        try {
            if (sentence == null) return null;
            PlaceContext ctx = articlePlaces(article).context();
            return first(locatives.objects(sentence, trigger), ctx).or(() -> first(locatives.find(sentence, trigger), ctx))
                    .map(Place::toLocation).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Optional<Place> first(java.util.List<PlaceMention> mentions, PlaceContext ctx) {
        for (PlaceMention m : mentions) {
            Optional<Place> p = resolver.resolve(m.text(), m.qualifier(), ctx, m.tagged());
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    private ArticlePlaces articlePlaces(AnnotatedArticle article) {
        return article == null ? new ArticlePlaces(PlaceContext.EMPTY, Optional.empty()) : placesOf(article);
    }

    private ArticlePlaces placesOf(AnnotatedArticle article) {
        Memo m = last.get();
        if (m != null && m.article() == article) return m.places();
        ArticlePlaces p = ArticlePlaces.of(article, resolver);
        last.set(new Memo(article, p));
        return p;
    }

    private static Set<String> actorCountries(Event event) {
        Set<String> out = new HashSet<>();
        for (Actor a : new Actor[]{event == null ? null : event.source(), event == null ? null : event.target()})
            if (a != null && a.country().matches("[A-Z]{3}")) out.add(a.country());
        return out;
    }
}
