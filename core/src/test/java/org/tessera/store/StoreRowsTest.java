package org.tessera.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRowsTest {
    @Test
    void everyInsertFillsEveryColumnOfItsTableByName(@TempDir Path tmp) {
        try (EventStore store = EventStore.open(tmp.resolve("db"))) {
            for (RowBinder<?> b : StoreRows.ALL) {
                List<String> schema = store.query("columns", "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        + "ORDER BY column_name", ps -> ps.setString(1, b.table()), rs -> rs.getString(1));
                assertEquals(schema, b.columnNames().stream().sorted().toList(), b.table());
            }
        }
        assertEquals("INSERT INTO lsh (band_key, article_id) VALUES (?, ?)", StoreRows.BandRow.COLUMNS.sql());
    }

    @Test
    void aColumnIsNamedOnce() {
        RowBinder.Builder<String> b = RowBinder.<String>into("t").text("a", s -> s);
        assertThrows(IllegalArgumentException.class, () -> b.text("a", s -> s));
        assertThrows(IllegalArgumentException.class, () -> b.text("a; DROP TABLE t", s -> s));
    }
}
