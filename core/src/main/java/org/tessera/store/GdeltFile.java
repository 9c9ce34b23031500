package org.tessera.store;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One GDELT 2.0 table file as a user has it: our own export ({@code events.tsv}), GDELT's download
 * ({@code 20241104120000.export.CSV.zip}, a zip holding one tab-separated file) or a gzipped copy;
 * with a header row or without. Read as UTF-8 line by line, so a day's file is never held whole.
 *
 * @param path the file
 */
record GdeltFile(Path path) {
    /** A data row: its line number in the file (1-based, counting a header) and its text without the line end. */
    record Line(long number, String text) {
    }

    /** Calls {@code rows} with every data row in order; a first row whose first field is not a number is a header and skipped. */
    void read(Consumer<Line> rows) throws IOException {
        try (InputStream in = open(); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) continue;
                if (n == 1 && isHeader(line)) continue;
                rows.accept(new Line(n, line));
            }
        }
    }

    /** GDELT's header rows name the columns ("GLOBALEVENTID", "GlobalEventID"); data rows start with the event's id. */
    static boolean isHeader(String line) {
        int tab = line.indexOf('\t');
        String first = (tab < 0 ? line : line.substring(0, tab)).replace("\uFEFF", "").trim();
        return !first.isEmpty() && !first.chars().allMatch(Character::isDigit);
    }

    private InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        in.mark(4);
        int a = in.read(), b = in.read();
        in.reset();
        if (a == 'P' && b == 'K') {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null)
                if (!e.isDirectory()) return zip;
            zip.close();
            throw new IOException("a zip file without a table in it");
        }
        if (a == 0x1f && b == 0x8b) return new GZIPInputStream(in);
        return in;
    }
}
