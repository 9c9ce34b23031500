package org.tessera.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tessera.cameo.PloverCrosswalk;
import org.tessera.cameo.PloverReading;
import org.tessera.model.Actor;
import org.tessera.model.ActorEvidence;
import org.tessera.model.ActorPlaces;
import org.tessera.model.ActorRule;
import org.tessera.model.Evidence;
import org.tessera.model.KnowledgeVersion;
import org.tessera.model.CameoCode;
import org.tessera.model.DateSource;
import org.tessera.model.DocumentDateOrigin;
import org.tessera.model.Event;
import org.tessera.model.Location;
import org.tessera.model.Modality;
import org.tessera.model.PartialDate;

/**
 * The contract's record. Fields beyond the contract (added, never renamed): {@code event.name},
 * {@code source.rule}/{@code target.rule}, {@code evidence_detail} (the evidence as a structure,
 * see {@code docs/coding.md}), {@code title}, {@code url}, {@code language},
 * {@code document_date} and {@code document_date_source} (page, option, file-time or none: how the
 * publication date behind {@code date_source: "document"} was found), {@code location.admin1} and
 * {@code location.type} (GeoNames first-level division, GDELT geography type),
 * {@code source.place}/{@code target.place} (where the text places each actor, a location object or null), and
 * {@code plover}: the event
 * as PLOVER records it ({@code {type, mode, context}}, null where PLOVER codes no such event; see
 * {@code docs/coding.md}). {@code plover} derives from the CAMEO code and the modality, so reading a
 * record ignores it and writing it again gives it back.
 */
public final class EventJson {
    private final ObjectMapper mapper = new ObjectMapper();
    private final PloverCrosswalk plover;

    /** A writer with our bundled PLOVER crosswalk. */
    public EventJson() {
        this(PloverCrosswalk.load());
    }

    public EventJson(PloverCrosswalk plover) {
        this.plover = plover;
    }

    public ObjectNode toNode(Event e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", e.doc());
        o.put("article", e.article());
        o.put("sentence", e.sentence());
        ArrayNode span = o.putArray("span");
        span.add(e.spanStart());
        span.add(e.spanEnd());
        if (e.date() == null) o.putNull("date");
        else o.put("date", e.date().toString());
        o.put("date_source", e.dateSource().json());
        o.set("source", actor(e.source(), e.actorPlaces().source()));
        o.set("target", e.target() == null ? mapper.nullNode() : actor(e.target(), e.actorPlaces().target()));
        ObjectNode ev = o.putObject("event");
        CameoCode c = e.action().code();
        ev.put("cameo", c.code());
        ev.put("root", c.root());
        ev.put("quad", c.quad());
        ev.put("goldstein", c.goldstein());
        ev.put("text", e.action().text());
        ev.put("name", c.name());
        o.put("modality", e.modality().json());
        o.set("plover", plover(e));
        o.set("location", e.location() == null ? mapper.nullNode() : location(e.location()));
        o.put("confidence", e.confidence());
        o.put("evidence", e.evidenceText());
        o.set("evidence_detail", evidence(e.evidence()));
        Event.EventContext ctx = e.context();
        if (ctx != null) {
            o.put("title", ctx.title());
            o.put("url", ctx.url());
            o.put("language", ctx.language());
            if (ctx.documentDate() == null) o.putNull("document_date");
            else o.put("document_date", ctx.documentDate().toString());
            o.put("document_date_source", ctx.documentDateOrigin() == null ? "none" : ctx.documentDateOrigin().json());
        }
        return o;
    }

    public String toLine(Event e) {
        try {
            return mapper.writeValueAsString(toNode(e));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("cannot serialise event", x);
        }
    }

    /** The {@code plover} object of an event, or a JSON null where PLOVER has no counterpart. */
    public JsonNode plover(Event e) {
        return plover.reading(e.action().code(), e.modality()).<JsonNode>map(this::plover).orElse(mapper.nullNode());
    }

    private ObjectNode plover(PloverReading r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("type", r.type().name());
        if (r.mode() == null) o.putNull("mode");
        else o.put("mode", r.mode());
        ArrayNode contexts = o.putArray("context");
        r.contexts().forEach(contexts::add);
        return o;
    }

    private ObjectNode actor(Actor a, Location place) {
        ObjectNode o = mapper.createObjectNode();
        o.put("text", a.text());
        o.put("name", a.name());
        o.put("country", a.country());
        o.put("role", a.role());
        o.put("code", a.code());
        o.put("rule", a.rule());
        o.set("place", place == null ? mapper.nullNode() : location(place));
        return o;
    }

    private ObjectNode location(Location l) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", l.name());
        o.put("country", l.country());
        o.put("lat", l.lat());
        o.put("lon", l.lon());
        if (l.featureId() == null) o.putNull("feature_id");
        else o.put("feature_id", l.featureId());
        o.put("admin1", l.admin1());
        o.put("type", l.type());
        return o;
    }

    /** Reads a record written by {@link #toLine}; throws IllegalArgumentException naming the problem. */
    public Event fromLine(String line) {
        try {
            return fromNode(mapper.readTree(line));
        } catch (JsonProcessingException x) {
            throw new IllegalArgumentException("not JSON: " + x.getOriginalMessage());
        }
    }

    public Event fromNode(JsonNode o) {
        JsonNode ev = o.path("event");
        CameoCode code = new CameoCode(ev.path("cameo").asText(), ev.path("name").asText(""), ev.path("goldstein").asDouble(),
                ev.path("quad").asInt());
        JsonNode span = o.path("span");
        Location location = locationFrom(o.path("location"));
        var places = new ActorPlaces(locationFrom(o.path("source").path("place")), locationFrom(o.path("target").path("place")));
        PartialDate docDate = PartialDate.parse(o.path("document_date").asText(null)).orElse(null);
        String dds = o.path("document_date_source").asText("none").toUpperCase().replace('-', '_');
        var ctx = new Event.EventContext(o.path("title").asText(""), o.path("url").asText(""), o.path("language").asText("und"),
                docDate, DocumentDateOrigin.valueOf(dds));
        return new Event(o.path("doc").asText(), o.path("article").asInt(), o.path("sentence").asText(),
                span.path(0).asInt(), span.path(1).asInt(),
                PartialDate.parse(o.path("date").asText(null)).orElse(null),
                DateSource.valueOf(o.path("date_source").asText("unknown").toUpperCase()),
                actorFrom(o.path("source")), o.path("target").isObject() ? actorFrom(o.path("target")) : null,
                new Event.Action(code, ev.path("text").asText("")), Modality.fromJson(o.path("modality").asText("asserted")),
                location, o.path("confidence").asDouble(), evidence(o.path("evidence_detail")), ctx, places);
    }

    /** A location object, null for a missing or null node; records from before admin1/type read as "" and 0. */
    private static Location locationFrom(JsonNode loc) {
        if (!loc.isObject()) return null;
        int type = loc.path("type").asInt(0);
        return new Location(loc.path("name").asText(), loc.path("country").asText(),
                loc.path("lat").asDouble(), loc.path("lon").asDouble(),
                loc.path("feature_id").isNumber() ? loc.path("feature_id").asLong() : null,
                loc.path("admin1").asText(""), type >= 0 && type <= 5 ? type : 0);
    }

    private ObjectNode evidence(Evidence v) {
        ObjectNode o = mapper.createObjectNode();
        o.put("coder", v.coder());
        o.put("rule", v.rule());
        o.put("rule_code", v.ruleCode());
        o.put("rule_origin", v.ruleOrigin());
        o.set("source", actorEvidence(v.source()));
        o.set("target", v.target() == null ? mapper.nullNode() : actorEvidence(v.target()));
        o.put("inherited", v.inherited());
        o.put("mutual", v.mutual());
        o.put("modality_cue", v.modalityCue());
        o.put("sentence", v.sentence());
        o.put("trigger", v.trigger());
        ArrayNode files = o.putArray("knowledge");
        for (KnowledgeVersion k : v.knowledge()) files.addObject().put("file", k.file()).put("sha256", k.sha256());
        return o;
    }

    private ObjectNode actorEvidence(ActorEvidence a) {
        ObjectNode o = mapper.createObjectNode();
        if (a.rule() == null) o.putNull("rule");
        else o.put("rule", a.rule().label());
        o.put("detail", a.detail());
        return o;
    }

    /** An event read from a record written before evidence had a structure has evidence of an "unknown" coder. */
    private static Evidence evidence(JsonNode d) {
        if (!d.isObject()) return new Evidence("unknown", "", "", "", null, null, false, false, "", -1, -1, List.of());
        List<KnowledgeVersion> files = new java.util.ArrayList<>();
        for (JsonNode k : d.path("knowledge")) files.add(new KnowledgeVersion(k.path("file").asText(), k.path("sha256").asText()));
        return new Evidence(d.path("coder").asText("unknown"), d.path("rule").asText(""), d.path("rule_code").asText(""),
                d.path("rule_origin").asText(""), actorEvidence(d.path("source")),
                d.path("target").isObject() ? actorEvidence(d.path("target")) : null, d.path("inherited").asBoolean(),
                d.path("mutual").asBoolean(), d.path("modality_cue").asText(""), d.path("sentence").asInt(-1),
                d.path("trigger").asInt(-1), files);
    }

    private static ActorEvidence actorEvidence(JsonNode a) {
        return new ActorEvidence(ActorRule.ofLabel(a.path("rule").asText(null)), a.path("detail").asText(""));
    }

    private static Actor actorFrom(JsonNode a) {
        String rule = a.path("rule").asText("");
        ActorRule kind = ActorRule.ofRendered(rule);
        String detail = kind == null ? rule : rule.substring(Math.min(rule.length(), kind.label().length() + (kind.isPronoun() ? 2 : 1)));
        return new Actor(a.path("text").asText(""), a.path("name").asText(""), a.path("country").asText(),
                a.path("role").asText(""), new ActorEvidence(kind, detail));
    }
}
