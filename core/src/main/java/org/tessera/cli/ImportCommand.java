package org.tessera.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.store.EventStore;
import org.tessera.store.GdeltImport;
import org.tessera.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Load GDELT 2.0 tables into the store beside the coded events, marked as imported: "
        + "EVENTS is an events table (61 columns), MENTIONS its mentions table (16 columns); our exports or GDELT's own "
        + "downloads, plain, zipped or gzipped, with a header row or without. Importing a file again adds nothing; "
        + "dyad --origin, the API's origin parameter and the dashboard's Origin switch tell imported events from coded ones.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "gdelt", description = "The files' format: gdelt (GDELT 2.0).")
    String format;

    @Parameters(index = "0", paramLabel = "EVENTS")
    Path events;

    @Parameters(index = "1", arity = "0..1", paramLabel = "MENTIONS")
    Path mentions;

    @Override
    public Integer call() {
        if (!format.toLowerCase(Locale.ROOT).equals("gdelt"))
            throw new IllegalArgumentException("--format: only gdelt is read, not " + format);
        try (EventStore es = EventStore.open(store.db)) {
            GdeltImport.Result r = new GdeltImport(es, System.err).importFiles(events, mentions);
            System.err.printf(Locale.ROOT, "tessera import: %d events and %d mentions imported into %s (%d events and %d mentions "
                            + "already there; %d mentions of events not imported; %d rows skipped)%n", r.events(), r.mentions(),
                    store.db, r.eventsAlreadyStored(), r.mentionsAlreadyStored(), r.mentionsWithoutEvent(), r.badRows());
            return r.badRows() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (StoreException e) {
            System.err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
