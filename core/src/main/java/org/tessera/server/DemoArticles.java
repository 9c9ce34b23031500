package org.tessera.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tessera.model.RawDocument;

/**
 * The built-in sample articles of {@code tessera demo}: short English news items written for this
 * project (Russia–Belarus, Russia–Japan, EU–Russia), plain text with a title line and a
 * "Published" date line, listed in {@code org/tessera/demo/articles.txt} because a jar's folders
 * cannot be listed.
 */
public final class DemoArticles {
    static final String FOLDER = "org/tessera/demo/";

    private DemoArticles() {
    }

    /** The names of the built-in articles, in their listed order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open("articles.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Every built-in article as a raw document whose id is its file name. */
    public static List<RawDocument> all() {
        return names().stream().map(DemoArticles::load).toList();
    }

    /** One built-in article by file name. */
    public static RawDocument load(String name) {
        try (InputStream in = open(name)) {
            return new RawDocument(name, "demo:" + name, in.readAllBytes(), "text/plain", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) throw new IllegalStateException("missing built-in demo article " + FOLDER + name);
        return in;
    }
}
