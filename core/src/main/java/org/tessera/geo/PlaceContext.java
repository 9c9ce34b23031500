package org.tessera.geo;

import java.util.HashSet;
import java.util.Set;

/**
 * What an ambiguous name is read against: the countries of the event's actors, and the countries
 * and US states the article names elsewhere.
 *
 * @param actorCountries   ISO3 codes of the event's source and target
 * @param articleCountries ISO3 codes of the countries, nationalities and US states the article names
 * @param articleStates    US postal codes of the states the article names
 */
public record PlaceContext(Set<String> actorCountries, Set<String> articleCountries, Set<String> articleStates) {
    public static final PlaceContext EMPTY = new PlaceContext(Set.of(), Set.of(), Set.of());

    public PlaceContext {
        actorCountries = Set.copyOf(actorCountries);
        articleCountries = Set.copyOf(articleCountries);
        articleStates = Set.copyOf(articleStates);
    }

    public PlaceContext withActors(Set<String> iso3) {
        Set<String> a = new HashSet<>(actorCountries);
        a.addAll(iso3);
        return new PlaceContext(a, articleCountries, articleStates);
    }
}
