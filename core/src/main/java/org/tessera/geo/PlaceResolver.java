package org.tessera.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a place name into one place: our aliases first ("Kiev", "Kremlin"), then our regions
 * (before countries, whose table maps some regions to their country: Crimea), countries, US states, and finally gazetteer cities, where a following qualifier ("Paris, Texas")
 * narrows the candidates and the rest are ranked by population, boosted for the countries and
 * states of the event's actors and of the article. Thread-safe.
 */
public final class PlaceResolver {
    /** Weights in log10(population) units: a country the actors belong to outweighs a 100x bigger namesake. */
    private static final double ACTOR_COUNTRY = 2.0;
    private static final double ARTICLE_COUNTRY = 1.5;
    private static final double ARTICLE_STATE = 2.5;
    private static final double CAPITAL = 0.5;
    /** A name that NER did not tag as a place must be a sizeable city to count ("in Congress" is no town). */
    private static final long UNTAGGED_MIN_POPULATION = 50_000;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param name      the place name as written
     * @param qualifier a state or country written right after it ("Texas" in "Paris, Texas"), or null
     * @param tagged    whether NER tagged the name as a place; untagged names need an alias or a big city
     */
    public Optional<Place> resolve(String name, String qualifier, PlaceContext context, boolean tagged) {
        if (name == null || PlaceKey.of(name).isEmpty()) return Optional.empty();
        Optional<Place> within = qualifier == null ? Optional.empty()
                : gazetteer.usState(qualifier).or(() -> gazetteer.country(qualifier));
        Optional<Place> alias = gazetteer.alias(name);
        if (alias.isPresent() && (within.isEmpty() || fits(alias.get(), within.get()))) return alias;
        if (within.isEmpty()) {
            Optional<Place> p = gazetteer.region(name).or(() -> gazetteer.country(name)).or(() -> gazetteer.usState(name));
            if (p.isPresent()) return p;
        }
        List<Place> cities = gazetteer.cities(name);
        if (within.isPresent()) {
            Place w = within.get();
            List<Place> inside = cities.stream().filter(c -> fits(c, w)).toList();
            if (inside.isEmpty()) return tagged ? within : Optional.empty();
            cities = inside;
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place c : cities) {
            double s = score(c, context);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        if (best == null) return Optional.empty();
        if (!tagged && within.isEmpty() && best.population() < UNTAGGED_MIN_POPULATION) return Optional.empty();
        return Optional.of(best);
    }

    private static boolean fits(Place city, Place within) {
        if (!city.country().equals(within.country())) return false;
        return within.kind() != PlaceKind.US_STATE || city.admin1().equals(within.admin1());
    }

    static double score(Place c, PlaceContext ctx) {
        double s = Math.log10(c.population() + 10.0);
        if (c.capital()) s += CAPITAL;
        if (ctx.actorCountries().contains(c.country())) s += ACTOR_COUNTRY;
        if (ctx.articleCountries().contains(c.country())) s += ARTICLE_COUNTRY;
        if (c.country().equals("USA") && ctx.articleStates().contains(c.admin1())) s += ARTICLE_STATE;
        return s;
    }
}
