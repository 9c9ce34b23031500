package org.tessera.server;

import java.util.List;
import org.tessera.model.Event;

/**
 * One page of events, and whether more follow. The store pages without counting every match
 * (a count over a large filter costs as much as the query), so the API says "more", not a total.
 */
public record EventPage(List<Event> events, boolean more) {
    public EventPage {
        events = List.copyOf(events);
    }
}
