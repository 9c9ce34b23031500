package org.tessera.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.tessera.store.SourceLedger.FileVersion;

/**
 * A local folder that another program drops pages into. A file is new or changed when its time or
 * size differs from the version last stored; a file still being written (changed within the last
 * {@code settle}) waits for the next round, and so do hidden files and the usual partial-download
 * names, so a half-written page is not coded and then coded again.
 */
final class DropFolder {
    private static final List<String> PARTIAL = List.of(".part", ".tmp", ".crdownload", ".partial", "~");

    private final Path root;
    private final Duration settle;

    DropFolder(Path root, Duration settle) {
        this.root = root;
        this.settle = settle;
    }

    /** A file to code: its path, its id (relative to the folder, as {@code ingest} of the folder names it), its version. */
    record Change(Path file, String id, FileVersion version) {
    }

    List<Change> changes(Map<String, FileVersion> stored, Instant now) throws IOException {
        List<Change> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(this::wanted).sorted().toList();
        }
        for (Path f : files) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
            } catch (IOException e) {
                continue; // gone between the listing and now: nothing to code
            }
            // The store keeps microseconds; a finer file time would never compare equal.
            FileVersion v = new FileVersion(a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS), a.size());
            if (v.modified().plus(settle).isAfter(now)) continue;
            String id = root.relativize(f).toString().replace('\\', '/');
            if (!v.equals(stored.get(id))) out.add(new Change(f, id, v));
        }
        return out;
    }

    private boolean wanted(Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return false;
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return PARTIAL.stream().noneMatch(name::endsWith);
    }
}
