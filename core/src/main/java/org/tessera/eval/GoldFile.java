package org.tessera.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a gold file; a bad line is an error naming the file and line. */
public final class GoldFile {
    private GoldFile() {
    }

    public static List<GoldEntry> read(Path p) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<GoldEntry> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            JsonNode o;
            try {
                o = m.readTree(line);
            } catch (IOException e) {
                throw new IOException(p + ":" + n + ": not JSON");
            }
            if (!o.hasNonNull("doc") || !o.hasNonNull("quote")) throw new IOException(p + ":" + n + ": needs doc and quote");
            out.add(new GoldEntry(o.path("id").asText("line" + n), o.path("doc").asText(), o.path("quote").asText(),
                    strings(o.path("source")), strings(o.path("target")), new ArrayList<>(strings(o.path("roots"))),
                    o.path("symmetric").asBoolean(false), o.path("required").asBoolean(false), o.path("plover").asText("")));
        }
        return out;
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> s = new java.util.LinkedHashSet<>();
        // A null among the accepted codes accepts no actor at all: the scorer's empty country.
        if (a.isArray()) a.forEach(x -> s.add(x.isNull() ? "" : x.asText()));
        else if (a.isTextual()) s.add(a.asText());
        return s.isEmpty() ? new HashSet<>() : s;
    }
}
