package org.tessera.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a PETRARCH dictionary with comments removed: {@code #} to the end of a line and
 * {@code <!-- ... -->} blocks, which may span lines. Keeps line numbers for error reports.
 */
final class DictionaryLines {
    /** One non-blank line: its 1-based number and its text without comments, right-trimmed. */
    record Line(String file, int number, String text) {
        String where() {
            return file + ":" + number;
        }
    }

    private DictionaryLines() {
    }

    static List<Line> read(Path p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
            return parse(p.getFileName().toString(), r.lines().toList());
        }
    }

    static List<Line> parse(String file, List<String> raw) {
        List<Line> out = new ArrayList<>();
        boolean inComment = false;
        int n = 0;
        for (String line : raw) {
            n++;
            String s = line;
            if (inComment) {
                int end = s.indexOf("-->");
                if (end < 0) continue;
                s = s.substring(end + 3);
                inComment = false;
            }
            String t = s.strip();
            if (t.startsWith("<!")) {
                int end = t.indexOf("-->");
                if (end < 0 && !t.endsWith(">")) inComment = true;
                continue;
            }
            int hash = s.indexOf('#');
            if (hash >= 0) s = s.substring(0, hash);
            s = s.stripTrailing();
            if (s.isBlank()) continue;
            out.add(new Line(file, n, s));
        }
        return out;
    }

    /** "ARNOR_", "CARAS GALADHON", "WIRE_+TAP" → upper-case words; underscores and spaces both separate words. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("[\\s_]+")) if (!w.isEmpty()) out.add(w.toUpperCase(Locale.ROOT));
        return out;
    }
}
