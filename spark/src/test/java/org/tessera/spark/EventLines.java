package org.tessera.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Contract JSON lines in one canonical form, so lines from the core writer and from Spark's
 * Parquet compare equal when they hold the same record: keys sorted, null fields dropped (Spark
 * omits them, the core writes them out).
 */
public final class EventLines {
    private final ObjectMapper mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public String normalise(String line) {
        try {
            JsonNode node = mapper.readTree(line);
            dropNulls(node);
            return mapper.writeValueAsString(mapper.treeToValue(node, Object.class));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON line: " + line, e);
        }
    }

    private static void dropNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isNull()) it.remove();
                else dropNulls(e.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(EventLines::dropNulls);
        }
    }
}
