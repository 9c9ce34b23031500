package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.model.Event;
import org.tessera.store.EventQuery;
import org.tessera.store.EventStore;
import org.tessera.store.SearchHit;
import org.tessera.store.StoreException;
import org.tessera.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Search the stored sentences (Lucene syntax: sanctions AND Minsk, \"foreign minister\") "
        + "and print each match with its events.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find; \"\" for any sentence matching the filters.")
    String query;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only sentences with an event naming this actor (RUS or RUSGOV).")
    String actor;

    @Option(names = "--code", paramLabel = "CAMEO", description = "Only sentences with an event whose CAMEO code starts so (04, 042).")
    String code;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N sentences (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Override
    public Integer call() {
        EventQuery filter = EventQuery.all().withActor(actor).withCode(code)
                .withPeriod(StoreOptions.date("--from", from), StoreOptions.date("--to", to));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (EventStore es = EventStore.openExisting(store.db)) {
            int n = 0;
            for (SearchHit h : es.search(query, filter, limit)) {
                out.printf(Locale.ROOT, "[%d] %s article %d sentence %d%s score %.2f%n", ++n, h.doc(), h.article(), h.sentenceIndex(),
                        h.date() == null ? "" : " (" + h.date() + ")", h.score());
                out.println("    " + h.sentence());
                for (StoredEvent s : h.events()) {
                    Event e = s.event();
                    out.printf(Locale.ROOT, "    event %d: %s -> %s %s %s %s [%s] mentions %d sources %d%n", s.id(), e.source().code(),
                            e.target() == null ? "-" : e.target().code(), e.action().code().code(), e.action().code().name(),
                            e.modality().json(), e.date() == null ? "no date" : e.date(), s.numMentions(), s.numSources());
                }
            }
            if (n == 0) System.err.println("tessera: no match");
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            System.err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
