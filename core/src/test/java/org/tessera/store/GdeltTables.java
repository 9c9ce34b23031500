package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** A GDELT export read back as a user would: every line's column count, then both tables loaded in DuckDB under GDELT's names. */
record GdeltTables(long events, long distinctIds, int maxMentions, int minSqlDateLength, long mentions) {
    static GdeltTables read(Path dir) throws IOException, SQLException {
        for (String line : Files.readAllLines(dir.resolve("events.tsv"))) assertEquals(61, line.split("\t", -1).length, line);
        for (String line : Files.readAllLines(dir.resolve("mentions.tsv"))) assertEquals(16, line.split("\t", -1).length, line);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // The paths are ours (a temp folder), not user text.
            ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT GLOBALEVENTID), max(NumMentions::INT), min(length(SQLDATE)) FROM "
                    + table(dir.resolve("events.tsv"), GdeltFormat.EVENT_COLUMNS));
            rs.next();
            long events = rs.getLong(1);
            long ids = rs.getLong(2);
            int maxMentions = rs.getInt(3);
            int minDate = rs.getInt(4);
            rs = s.executeQuery("SELECT count(*) FROM " + table(dir.resolve("mentions.tsv"), GdeltFormat.MENTION_COLUMNS));
            rs.next();
            return new GdeltTables(events, ids, maxMentions, minDate, rs.getLong(1));
        }
    }

    private static String table(Path file, List<String> columns) {
        String cols = columns.stream().map(c -> "'" + c + "': 'VARCHAR'").collect(Collectors.joining(", "));
        return "read_csv('" + file + "', delim='\t', header=false, quote='', columns={" + cols + "})";
    }
}
