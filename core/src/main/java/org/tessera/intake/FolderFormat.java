package org.tessera.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder: its files in sorted path order, at any depth, each read as if named directly but with
 * its path relative to the folder as its id. Hidden files and anything inside hidden folders
 * ({@code .git}, editor backups) are skipped.
 */
final class FolderFormat implements InputFormat {
    @Override
    public boolean recognises(Input input) {
        return input.isFolder();
    }

    @Override
    public void expand(Input input, Expansion out) throws IOException {
        Path root = input.folder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).sorted().toList();
        }
        for (Path f : files) out.file(f, root.relativize(f).toString());
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
