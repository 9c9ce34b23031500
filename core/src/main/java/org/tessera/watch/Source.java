package org.tessera.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One watched source: a web address (a feed or a sitemap; which one is told by what it serves) or
 * a local drop-in folder. {@code name} is the URL or the folder's absolute path, the key of the
 * source's record in the store.
 */
public record Source(String name, Kind kind) {
    public enum Kind { WEB, FOLDER }

    /** Lists inside lists are followed this deep, so a list naming itself ends. */
    private static final int MAX_LIST_DEPTH = 4;

    public URI uri() {
        return URI.create(name);
    }

    public Path folder() {
        return Path.of(name);
    }

    /**
     * The sources the arguments name: URLs, folders, and files listing sources one a line
     * ({@code #} starts a comment; a relative folder is taken from the list's own folder). Each
     * source once, in the order first named.
     *
     * @throws IllegalArgumentException naming an argument that is none of these
     */
    public static List<Source> parse(List<String> args) {
        Set<Source> out = new LinkedHashSet<>();
        for (String a : args) add(a, Path.of(""), out, 0, "");
        if (out.isEmpty()) throw new IllegalArgumentException("no sources to watch");
        return new ArrayList<>(out);
    }

    private static void add(String arg, Path base, Set<Source> out, int depth, String where) {
        String s = arg.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI u = new URI(s);
                if (u.getHost() == null) throw new IllegalArgumentException(where + s + ": a URL without a host");
                out.add(new Source(u.toString(), Kind.WEB));
                return;
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(where + s + ": not a valid URL (" + e.getReason() + ")");
            }
        }
        Path p = base.resolve(s);
        if (Files.isDirectory(p)) {
            out.add(new Source(p.toAbsolutePath().normalize().toString(), Kind.FOLDER));
        } else if (Files.isRegularFile(p) && depth < MAX_LIST_DEPTH) {
            List<String> lines;
            try {
                lines = Files.readAllLines(p);
            } catch (IOException e) {
                throw new UncheckedIOException(p + ": cannot read the list of sources", e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) add(entry, p.toAbsolutePath().getParent(), out, depth + 1, p + ":" + (i + 1) + ": ");
            }
        } else {
            throw new IllegalArgumentException(where + s + ": not a feed or sitemap URL, a folder, or a file listing sources");
        }
    }
}
