package org.tessera.server;

import org.tessera.store.StoredEvent;

/**
 * The event stored last, for the dashboard's live line: a watch's newest result, read from the
 * store rather than guessed from the browser's clock.
 *
 * @param id       its stored event id
 * @param date     the event's date (ISO, as precise as known), or null when unknown
 * @param storedAt when it was stored (ISO-8601 instant)
 * @param source   the URL (or document id) of the article it was coded from
 */
public record NewestEvent(long id, String date, String storedAt, String source) {
    static NewestEvent of(StoredEvent e) {
        if (e == null) return null;
        return new NewestEvent(e.id(), e.event().date() == null ? null : e.event().date().toString(), e.addedAt().toString(), e.sourceUrl());
    }
}
