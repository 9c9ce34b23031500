package org.tessera.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.store.EventStore;
import org.tessera.store.Exporter;
import org.tessera.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write the stored events out. gdelt: OUT is a folder that receives events.tsv and mentions.tsv "
        + "(GDELT 2.0 tables, no header); csv, jsonl and plover (PLOVER records in POLECAT's field names, one JSON object a line; "
        + "negated events and CAMEO statements and appeals left out): OUT is a file or - for stdout; parquet: OUT is a file.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "gdelt|csv|jsonl|plover|parquet")
    String format;

    @Parameters(index = "0", paramLabel = "OUT")
    String out;

    private static void write(Exporter x, String format, OutputStream os) throws IOException {
        switch (format) {
            case "csv" -> x.csv(os);
            case "plover" -> System.err.println("tessera: " + x.plover(os) + " PLOVER records written");
            default -> x.jsonl(os);
        }
        os.flush();
    }

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.matches("gdelt|csv|jsonl|plover|parquet"))
            throw new IllegalArgumentException("--format: not one of gdelt, csv, jsonl, plover, parquet: " + format);
        boolean stdout = out.equals("-");
        if (stdout && (f.equals("gdelt") || f.equals("parquet"))) throw new IllegalArgumentException(f + " export needs a path, not -");
        try (EventStore es = EventStore.openExisting(store.db)) {
            Exporter x = new Exporter(es);
            switch (f) {
                case "gdelt" -> System.err.println("tessera: " + x.gdelt(Path.of(out)) + " events written to " + out);
                case "parquet" -> x.parquet(Path.of(out));
                default -> {
                    if (stdout) {
                        // stdout stays open: in-process callers (tests, a server) still need it
                        write(x, f, System.out);
                    } else {
                        try (OutputStream os = Files.newOutputStream(Path.of(out))) {
                            write(x, f, os);
                        }
                    }
                }
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            System.err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        } catch (IOException e) {
            System.err.println("tessera: " + out + ": " + e);
            return ExitCodes.FAILURE;
        }
    }
}
