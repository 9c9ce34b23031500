package org.tessera.server;

import java.util.List;
import org.tessera.model.Event;

/** One page of events and how many matched in all. */
public record EventPage(long total, List<Event> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
