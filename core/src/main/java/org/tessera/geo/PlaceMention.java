package org.tessera.geo;

/**
 * A place name in a sentence that a locative phrase attaches to an event.
 *
 * @param start     first token
 * @param end       one past the last token
 * @param text      the words
 * @param tagged    whether NER tagged it as a place (CITY, STATE_OR_PROVINCE, COUNTRY, LOCATION)
 * @param qualifier a state or country written right after it ("Texas" in "Paris, Texas"), or null
 * @param distance  dependency steps from the event's trigger; smaller is closer
 */
public record PlaceMention(int start, int end, String text, boolean tagged, String qualifier, double distance) {
}
