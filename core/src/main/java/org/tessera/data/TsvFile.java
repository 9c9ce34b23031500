package org.tessera.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one of our data files, comments and blank lines dropped, each row knowing its file and
 * line so that every complaint about the data can name where it is. Most files are tab-separated
 * ({@link Layout#TABS}); the event lexicon lines up its columns with spaces ({@link Layout#WORDS}).
 */
public final class TsvFile {
    /** How a line splits into cells. */
    public enum Layout {
        /** Cells split at each tab, so a cell may hold spaces; only a line starting with '#' is a comment. */
        TABS,
        /** Cells split at runs of spaces and tabs; '#' anywhere starts a comment running to the end of the line. */
        WORDS
    }

    /** One data line: its cells (trimmed) and where it came from. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        public String where() {
            return file + ":" + line;
        }

        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException(where() + ": " + what);
        }
    }

    private TsvFile() {
    }

    /** Reads a classpath resource of ours; a missing resource is a build error, so it throws. */
    public static List<Row> resource(String name) {
        return resource(name, Layout.TABS);
    }

    public static List<Row> resource(String name, Layout layout) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing data file on the classpath: " + name);
        try (in) {
            return read(name, in, layout);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    public static List<Row> file(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return read(p.toString(), in, Layout.TABS);
        }
    }

    /** Reads a stream, naming it {@code name} in rows and errors. */
    public static List<Row> read(String name, InputStream in, Layout layout) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (layout == Layout.WORDS && line.indexOf('#') >= 0) line = line.substring(0, line.indexOf('#'));
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = layout == Layout.TABS ? line.split("\t", -1) : line.strip().split("\\s+");
            rows.add(new Row(name, n, Arrays.stream(cells).map(String::strip).toList()));
        }
        return rows;
    }

    /** Splits a {@code |}-separated cell into its non-empty alternatives. */
    public static List<String> alternatives(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
