package org.tessera.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks a JSON event against {@code shared/contract/events-jsonl.md}: every field present with its type and range. */
public final class Contract {
    private static final Set<String> DATE_SOURCES = Set.of("text", "document", "unknown");
    private static final Set<String> MODALITIES = Set.of("asserted", "negated", "future", "hypothetical", "reported");

    private Contract() {
    }

    public static List<String> violations(JsonNode o) {
        List<String> v = new ArrayList<>();
        for (String f : List.of("doc", "article", "sentence", "span", "date", "date_source", "source", "target", "event", "modality",
                "location", "confidence", "evidence"))
            if (!o.has(f)) v.add("missing " + f);
        if (!v.isEmpty()) return v;
        if (!o.get("doc").isTextual()) v.add("doc not a string");
        if (!o.get("article").isInt()) v.add("article not an int");
        if (!o.get("span").isArray() || o.get("span").size() != 2 || o.get("span").get(0).asInt() > o.get("span").get(1).asInt())
            v.add("bad span");
        JsonNode date = o.get("date");
        if (!date.isNull() && !date.asText().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) v.add("bad date " + date);
        if (!DATE_SOURCES.contains(o.get("date_source").asText())) v.add("bad date_source");
        actor(o.get("source"), "source", v);
        if (!o.get("target").isNull()) actor(o.get("target"), "target", v);
        JsonNode e = o.get("event");
        String cameo = e.path("cameo").asText();
        if (!cameo.matches("\\d{2,4}")) v.add("bad cameo " + cameo);
        if (!e.path("root").asText().equals(cameo.length() >= 2 ? cameo.substring(0, 2) : "")) v.add("root != cameo prefix");
        int quad = e.path("quad").asInt();
        if (quad < 1 || quad > 4) v.add("bad quad");
        double g = e.path("goldstein").asDouble(99);
        if (g < -10 || g > 10) v.add("bad goldstein");
        if (!e.path("text").isTextual()) v.add("event.text missing");
        if (!MODALITIES.contains(o.get("modality").asText())) v.add("bad modality");
        JsonNode loc = o.get("location");
        if (!loc.isNull()) for (String f : List.of("name", "country", "lat", "lon")) if (!loc.has(f)) v.add("location." + f + " missing");
        double c = o.get("confidence").asDouble(-1);
        if (c < 0 || c > 1) v.add("bad confidence");
        if (!o.get("evidence").isTextual()) v.add("evidence not a string");
        return v;
    }

    private static void actor(JsonNode a, String which, List<String> v) {
        for (String f : List.of("text", "name", "country", "role", "code")) if (!a.path(f).isTextual()) v.add(which + "." + f + " missing");
        if (!a.path("code").asText().equals(a.path("country").asText() + a.path("role").asText())) v.add(which + ".code != country+role");
    }
}
