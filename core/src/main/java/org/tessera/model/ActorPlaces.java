package org.tessera.model;

/**
 * Where the text places an event's two actors (GDELT's Actor1Geo and Actor2Geo): a city named with
 * the actor, the capital of a government actor, else its country. Either is null when the actor is
 * absent or has no country to place it in (an organisation such as the EU).
 */
public record ActorPlaces(Location source, Location target) {
    public static final ActorPlaces NONE = new ActorPlaces(null, null);
}
