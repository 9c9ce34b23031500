package org.tessera.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH actor files: a name line ({@code GONDOR [GON]} or a bare {@code GOLLUM}),
 * {@code +SYNONYM} lines, and indented code lines, each optionally date-restricted:
 * {@code [HOB <950601]}, {@code [HOBREB >990816]}, {@code [HOBGOV 19950601-19990815]}. Dates
 * are YYMMDD (years before 30 are 20xx) or YYYYMMDD.
 */
final class ActorFileReader {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RANGE = Pattern.compile("(\\d{6}|\\d{8})-(\\d{6}|\\d{8})");

    private ActorFileReader() {
    }

    static List<PetrarchActor> read(List<DictionaryLines.Line> lines, Consumer<String> problems) {
        List<PetrarchActor> out = new ArrayList<>();
        List<List<String>> names = null;
        List<PetrarchActor.DatedCode> codes = new ArrayList<>();
        String origin = null;
        for (DictionaryLines.Line line : lines) {
            String t = line.text().strip();
            boolean codeOnly = t.startsWith("[");
            boolean synonym = t.startsWith("+");
            if (!codeOnly && !synonym) {
                flush(names, codes, origin, out, problems);
                names = new ArrayList<>();
                codes = new ArrayList<>();
                origin = line.where();
            }
            if (names == null) {
                problems.accept(line.where() + ": " + (synonym ? "synonym" : "code") + " before any actor name");
                continue;
            }
            int bracket = t.indexOf('[');
            String name = (bracket < 0 ? t : t.substring(0, bracket)).replace("+", " ").strip();
            if (!codeOnly) {
                List<String> w = DictionaryLines.words(name);
                if (w.isEmpty()) problems.accept(line.where() + ": empty name");
                else names.add(w);
            }
            Matcher m = CODE.matcher(t);
            boolean any = false;
            while (m.find()) {
                any = true;
                try {
                    codes.add(code(m.group(1)));
                } catch (IllegalArgumentException e) {
                    problems.accept(line.where() + ": " + e.getMessage());
                }
            }
            if (bracket >= 0 && !any) problems.accept(line.where() + ": unclosed code bracket");
        }
        flush(names, codes, origin, out, problems);
        return out;
    }

    private static void flush(List<List<String>> names, List<PetrarchActor.DatedCode> codes, String origin,
                              List<PetrarchActor> out, Consumer<String> problems) {
        if (names == null || names.isEmpty()) return;
        if (codes.isEmpty()) {
            problems.accept(origin + ": actor " + String.join("_", names.get(0)) + " has no code");
            return;
        }
        out.add(new PetrarchActor(names, codes, origin));
    }

    /** "HOBGOV 19950601 - 19990815" and friends. */
    static PetrarchActor.DatedCode code(String inside) {
        String s = inside.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty code []");
        String[] parts = s.split("\\s+", 2);
        String code = parts[0].toUpperCase(Locale.ROOT);
        int slash = code.indexOf('/');
        if (slash > 0) code = code.substring(0, slash);
        if (!code.matches("[A-Z0-9+#\\-~]+")) throw new IllegalArgumentException("bad actor code '" + parts[0] + "'");
        if (parts.length == 1) return new PetrarchActor.DatedCode(code, null, null);
        String d = parts[1].replaceAll("\\s+", "");
        if (d.startsWith("<")) return new PetrarchActor.DatedCode(code, null, date(d.substring(1)).minusDays(1));
        if (d.startsWith(">")) return new PetrarchActor.DatedCode(code, date(d.substring(1)), null);
        Matcher r = RANGE.matcher(d);
        if (r.matches()) return new PetrarchActor.DatedCode(code, date(r.group(1)), date(r.group(2)));
        throw new IllegalArgumentException("bad date restriction '" + parts[1] + "' (want <DATE, >DATE or DATE-DATE)");
    }

    static LocalDate date(String s) {
        try {
            if (s.length() == 8) return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
            if (s.length() == 6) {
                int yy = Integer.parseInt(s.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad date '" + s + "'");
        }
        throw new IllegalArgumentException("bad date '" + s + "' (want YYMMDD or YYYYMMDD)");
    }
}
