package org.tessera.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.tessera.cameo.PloverCrosswalk;
import org.tessera.cameo.PloverReading;
import org.tessera.model.Actor;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;

/**
 * One stored event as a PLOVER record in the style of POLECAT (the PLOVER-coded global event data
 * set): POLECAT's field names in snake case, one flat object a line; PLOVER's "recipient" is our
 * target. Tessera's own fields ({@code cameo}, {@code modality}, {@code confidence}, {@code doc})
 * ride along so that every record can be traced back to its CAMEO event. Field by field in
 * {@code docs/coding.md}.
 */
final class PloverFormat {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PloverCrosswalk plover;

    PloverFormat(PloverCrosswalk plover) {
        this.plover = plover;
    }

    /**
     * The record's line, or empty for an event PLOVER does not code: statements and appeals, and
     * negated events ("negated events can be excluded from the final event dataset", and POLECAT does).
     */
    Optional<String> line(StoredEvent s) {
        Event e = s.event();
        if (e.modality() == Modality.NEGATED) return Optional.empty();
        Optional<PloverReading> r = plover.reading(e.action().code(), e.modality());
        if (r.isEmpty()) return Optional.empty();
        try {
            return Optional.of(mapper.writeValueAsString(record(s, r.get())));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("cannot serialise event " + s.id(), x);
        }
    }

    private ObjectNode record(StoredEvent s, PloverReading r) {
        Event e = s.event();
        ObjectNode o = mapper.createObjectNode();
        o.put("event_id", Long.toString(s.id()));
        o.put("story_id", Long.toString(s.storyId()));
        text(o, "event_date", e.date() == null ? null : e.date().toString());
        Event.EventContext ctx = e.context();
        text(o, "story_date", ctx == null || ctx.documentDate() == null ? null : ctx.documentDate().toString());
        o.put("event_type", r.type().name());
        text(o, "event_mode", r.mode());
        r.contexts().forEach(o.putArray("contexts")::add);
        actor(o, "actor", e.source());
        actor(o, "recipient", e.target());
        o.put("event_text", e.sentence());
        o.put("trigger_text", e.action().text());
        Location l = e.location();
        text(o, "placename", l == null ? null : l.name());
        text(o, "country", l == null ? null : l.country());
        if (l == null) {
            o.putNull("latitude");
            o.putNull("longitude");
        } else {
            o.put("latitude", l.lat());
            o.put("longitude", l.lon());
        }
        if (l == null || l.featureId() == null) o.putNull("geonames_id");
        else o.put("geonames_id", l.featureId().toString());
        text(o, "url", ctx == null || ctx.url() == null || ctx.url().isEmpty() ? null : ctx.url());
        text(o, "title", ctx == null ? null : ctx.title());
        text(o, "language", ctx == null ? null : ctx.language());
        o.put("num_mentions", s.numMentions());
        o.put("num_sources", s.numSources());
        o.put("cameo", e.action().code().code());
        o.put("modality", e.modality().json());
        o.put("confidence", e.confidence());
        o.put("doc", e.doc());
        return o;
    }

    private static void actor(ObjectNode o, String prefix, Actor a) {
        text(o, prefix + "_name", a == null ? null : a.name().isEmpty() ? a.text() : a.name());
        text(o, prefix + "_name_raw", a == null ? null : a.text());
        text(o, prefix + "_country", a == null ? null : a.country());
        text(o, prefix + "_sector", a == null || a.role().isEmpty() ? null : a.role());
        text(o, prefix + "_code", a == null ? null : a.code());
    }

    private static void text(ObjectNode o, String field, String value) {
        if (value == null) o.putNull(field);
        else o.put(field, value);
    }
}
