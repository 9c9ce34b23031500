package org.tessera.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines ({@code .jsonl}, {@code .ndjson}, gzipped or not): one article a line, an object with
 * {@code text} and optionally {@code url}, {@code date} and {@code title}. A line's id is its URL,
 * else "file#line". A bad line, or one over the page limit, is one error line and the next is read.
 */
final class JsonLinesFormat implements InputFormat {
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public boolean recognises(Input input) {
        String name = input.baseName();
        return !input.isFolder() && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
    }

    @Override
    public void expand(Input input, Expansion out) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(input.content(), StandardCharsets.UTF_8));
        ReadLimits.Line line;
        int n = 0;
        while ((line = out.limits().line(r)) != null) {
            n++;
            String where = input.origin() + ":line" + n;
            if (line.overLimit()) {
                out.error(where, out.limits().lineOverLimit());
            } else if (!line.text().isBlank()) {
                try {
                    out.document(record(line.text(), input, n).document());
                } catch (IOException | RuntimeException e) {
                    out.error(where, e);
                }
            }
        }
    }

    private RecordPage record(String line, Input input, int n) throws IOException {
        JsonNode o = json.readTree(line);
        if (o == null || !o.isObject()) throw new IllegalArgumentException("not a JSON object");
        String text = field(o, "text");
        if (text.isBlank()) throw new IllegalArgumentException("no \"text\" field");
        String url = field(o, "url");
        List<String> paras = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n|\\n")) if (!p.isBlank()) paras.add(p.strip());
        return new RecordPage(url.isBlank() ? input.name() + "#" + n : url, input.origin() + ":" + n,
                field(o, "title"), field(o, "date"), url, paras, null);
    }

    private static String field(JsonNode o, String name) {
        JsonNode v = o.get(name);
        return v == null || v.isNull() ? "" : v.isTextual() ? v.asText() : v.toString();
    }
}
