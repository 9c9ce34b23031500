package org.tessera.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's listing of the input: what {@code tessera code} reads of the same folders, files, globs and lists. */
class InputFilesTest {
    private final Configuration hadoop = new Configuration();

    private static List<String> names(List<InputFiles.InputFile> files, Path root) {
        String prefix = "file:" + root.toAbsolutePath() + "/";
        return files.stream().map(f -> f.path().startsWith(prefix) ? f.path().substring(prefix.length()) : f.path()).toList();
    }

    @Test
    void aFolderIsWalkedRecursivelyInPathOrderLeavingOutHiddenFilesAndFolders(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("news/2024/05"));
        Files.createDirectories(dir.resolve("news/.cache"));
        Files.writeString(dir.resolve("news/b.txt"), "b");
        Files.writeString(dir.resolve("news/2024/05/a.html"), "a");
        Files.writeString(dir.resolve("news/.hidden.txt"), "h");
        Files.writeString(dir.resolve("news/.cache/c.txt"), "c");
        Files.writeString(dir.resolve("news/_underscore.txt"), "u");
        List<InputFiles.InputFile> files = InputFiles.list(dir.resolve("news").toString(), hadoop);
        assertEquals(List.of("news/2024/05/a.html", "news/_underscore.txt", "news/b.txt"), names(files, dir));
        assertEquals(Files.getLastModifiedTime(dir.resolve("news/b.txt")).toMillis(), files.get(2).modifiedMillis());
    }

    @Test
    void globsAndListsAreUnitedAndAPartMatchingNothingIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/1.txt"), "1");
        Files.writeString(dir.resolve("a/2.json"), "2");
        Files.writeString(dir.resolve("z.txt"), "z");
        List<InputFiles.InputFile> files = InputFiles.list(dir.resolve("a/*.txt") + "," + dir.resolve("z.txt"), hadoop);
        assertEquals(List.of("a/1.txt", "z.txt"), names(files, dir));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputFiles.list(dir.resolve("z.txt") + "," + dir.resolve("nothing-*.txt"), hadoop));
        assertTrue(e.getMessage().endsWith("nothing-*.txt: no such file or folder"), e.getMessage());
    }

    @Test
    void hiddenMeansADotInAnyPartBelowTheRoot() {
        assertTrue(InputFiles.hidden("file:/in", "file:/in/.git/x.txt"));
        assertTrue(InputFiles.hidden("file:/in", "file:/in/a/.b.txt"));
        assertFalse(InputFiles.hidden("file:/in", "file:/in/a/b.txt"));
        assertFalse(InputFiles.hidden("file:/data/.store/in", "file:/data/.store/in/a.txt"), "only below the root");
    }

    @Test
    void theSettingsRebuildTheConfiguration() {
        hadoop.set("tessera.test.key", "value");
        Configuration rebuilt = InputFiles.configuration(InputFiles.settings(hadoop));
        assertEquals("value", rebuilt.get("tessera.test.key"));
        assertEquals(hadoop.get("fs.defaultFS"), rebuilt.get("fs.defaultFS"));
    }
}
