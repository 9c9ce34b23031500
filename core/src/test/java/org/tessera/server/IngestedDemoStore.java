package org.tessera.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tessera.model.RawDocument;
import org.tessera.store.EventStore;
import org.tessera.store.Ingester;
import org.tessera.testkit.SharedNlp;

/**
 * One real event store per test JVM, ingested once through the real pipeline (shared CoreNLP):
 * a handful of the built-in demo articles plus one article carrying markup payloads. The server's
 * integration tests all read it; none writes to it, so sharing is safe. Holder idiom, like SharedNlp.
 */
final class IngestedDemoStore {
    static final List<String> ARTICLES = List.of("russia-belarus-energy.txt", "russia-belarus-summit.txt",
            "belarus-russia-dispute.txt", "japan-russia-sanctions.txt", "eu-russia-sanctions.txt");
    static final String INJECTION_DOC = "injection-article.txt";

    private IngestedDemoStore() {
    }

    private static final class Holder {
        static final EventStore STORE = build();
    }

    static EventStore store() {
        return Holder.STORE;
    }

    private static EventStore build() {
        try {
            Path dir = Files.createTempDirectory("tessera-server-it");
            EventStore store = EventStore.open(dir.resolve("db"));
            List<RawDocument> docs = new ArrayList<>();
            ARTICLES.forEach(n -> docs.add(DemoArticles.load(n)));
            docs.add(injectionArticle());
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Ingester.Report r = new Ingester(store, SharedNlp.pipeline(), 1).run(docs, err, false, id -> { });
            if (r.events() == 0) throw new IllegalStateException("the demo articles produced no events: " + r);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temp folder left behind is harmless
                }
            }));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawDocument injectionArticle() {
        try (InputStream in = IngestedDemoStore.class.getResourceAsStream(INJECTION_DOC)) {
            return new RawDocument(INJECTION_DOC, "test:" + INJECTION_DOC, in.readAllBytes(), "text/plain", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
