package org.tessera.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tessera.data.TsvFile;
import org.tessera.model.Actor;
import org.tessera.model.ActorPlaces;
import org.tessera.model.ActorRule;
import org.tessera.model.AnnotatedSentence;
import org.tessera.model.Dependency;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Token;

/**
 * Places an event's actors as GDELT's Actor1Geo/Actor2Geo do, in this order: a city, state or
 * province named in the words that name the actor ("Minsk police", "the mayor of Kyiv", the actor
 * "Moscow" itself) or hung on them by the parse ("Kyiv's mayor" when the actor's words are
 * "mayor"); for an actor the coder read from a place ("targets in Jericho") that place; for a
 * government actor (the roles of {@code actor-seats.tsv}) its country's capital; else the country
 * itself, at its centre. A country name in the actor's words ("Russian police") says nothing the
 * country fallback does not, so only sub-national places count as named. An organisation (EU,
 * NATO) has no country to fall back on and is placed only by a named place. Thread-safe.
 */
public final class ActorPlacer {
    private static final Set<String> PLACE_NER = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
    /** Relations that hang a place on the actor's words: "Kyiv mayor", "Kyiv's mayor", "the mayor of Kyiv". */
    private static final Set<String> ATTACHED = Set.of("compound", "nmod", "nmod:poss", "nmod:of", "nmod:in");

    private final PlaceResolver resolver;
    private final Set<String> capitalRoles;

    public ActorPlacer(PlaceResolver resolver) {
        this(resolver, seatRoles());
    }

    ActorPlacer(PlaceResolver resolver, Set<String> capitalRoles) {
        this.resolver = Objects.requireNonNull(resolver);
        this.capitalRoles = Set.copyOf(capitalRoles);
    }

    /** The places of the event's source and target; {@code sentence} may be null (then only the fallbacks apply). */
    public ActorPlaces place(Event e, AnnotatedSentence sentence, PlaceContext articleContext) {
        return new ActorPlaces(place(e.source(), sentence, articleContext), place(e.target(), sentence, articleContext));
    }

    /** Where the text places one actor, or null when it is absent or has no country to fall back on. */
    public Location place(Actor a, AnnotatedSentence sentence, PlaceContext articleContext) {
        if (a == null) return null;
        boolean country = a.country().matches("[A-Z]{3}");
        PlaceContext ctx = country ? articleContext.withActors(Set.of(a.country())) : articleContext;
        Optional<Place> named = a.ruleKind() == ActorRule.PLACE ? resolver.resolve(a.name(), null, ctx, true).filter(ActorPlacer::local)
                : named(a, sentence, ctx);
        if (named.isPresent()) return named.get().toLocation();
        if (!country) return null;
        Gazetteer g = resolver.gazetteer();
        Optional<Place> seat = capitalRoles.contains(a.role()) ? g.capitalOf(a.country()) : Optional.empty();
        return seat.or(() -> g.countryOfCode(a.country())).map(Place::toLocation).orElse(null);
    }

    /** The first sub-national place in the actor's words, else hung on them. */
    private Optional<Place> named(Actor a, AnnotatedSentence s, PlaceContext ctx) {
        if (s == null || a.text().isEmpty()) return Optional.empty();
        int at = s.text().indexOf(a.text());
        if (at < 0) return Optional.empty();
        int from = s.begin() + at, to = from + a.text().length();
        List<Integer> span = new ArrayList<>();
        for (Token t : s.tokens()) if (t.begin() >= from && t.end() <= to) span.add(t.index());
        if (span.isEmpty()) return Optional.empty();
        Optional<Place> inside = firstPlace(s, span.get(0), span.get(span.size() - 1) + 1, ctx);
        if (inside.isPresent()) return inside;
        for (int i : span) {
            for (Dependency d : s.dependentsOf(i)) {
                if (!ATTACHED.contains(d.relation()) || span.contains(d.dependent())) continue;
                Optional<Place> p = firstPlace(s, runStart(s, d.dependent()), runEnd(s, d.dependent()), ctx);
                if (p.isPresent()) return p;
            }
        }
        return Optional.empty();
    }

    /** Runs of place-tagged tokens (or of untagged proper nouns, which must then be sizeable towns) in [from, to). */
    private Optional<Place> firstPlace(AnnotatedSentence s, int from, int to, PlaceContext ctx) {
        int i = from;
        while (i < to) {
            Token t = s.token(i);
            boolean tagged = PLACE_NER.contains(t.ner());
            if (!tagged && !(t.isProperNoun() && t.ner().equals("O"))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && s.token(j).ner().equals(t.ner()) && (tagged || s.token(j).isProperNoun())) j++;
            Optional<Place> p = resolver.resolve(s.span(i, j), null, ctx, tagged).filter(ActorPlacer::local);
            if (p.isPresent()) return p;
            i = j;
        }
        return Optional.empty();
    }

    private static int runStart(AnnotatedSentence s, int i) {
        String ner = s.token(i).ner();
        while (i > 0 && !ner.equals("O") && s.token(i - 1).ner().equals(ner)) i--;
        return i;
    }

    private static int runEnd(AnnotatedSentence s, int i) {
        String ner = s.token(i).ner();
        int j = i + 1;
        while (j < s.size() && !ner.equals("O") && s.token(j).ner().equals(ner)) j++;
        return j;
    }

    private static boolean local(Place p) {
        return p.kind() != PlaceKind.COUNTRY;
    }

    private static Set<String> seatRoles() {
        Set<String> out = new TreeSet<>();
        for (TsvFile.Row r : TsvFile.resource("org/tessera/geo/actor-seats.tsv")) {
            if (!r.cell(1).equals("capital")) throw r.error("unknown seat '" + r.cell(1) + "' (only 'capital' is known)");
            out.add(r.cell(0));
        }
        return out;
    }
}
