package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tessera.store.DyadPoint;
import org.tessera.store.EventStore;
import org.tessera.store.Granularity;
import org.tessera.store.Origin;
import org.tessera.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dyad", description = "Print a CSV time series of events from one actor to another (asserted and reported only): "
        + "period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum. Actors are country codes (RUS) or actor codes (RUSGOV).")
final class DyadCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "SOURCE")
    String source;

    @Parameters(index = "1", paramLabel = "TARGET")
    String target;

    @Option(names = "--by", paramLabel = "day|week|month|quarter|year", description = "Period (default: ${DEFAULT-VALUE}).")
    String by = "month";

    @Option(names = "--both-directions", description = "Also TARGET to SOURCE, as rows of their own.")
    boolean both;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--origin", paramLabel = "all|coded|imported",
            description = "Events coded by Tessera, imported from GDELT files (tessera import), or both (default: ${DEFAULT-VALUE}).")
    String origin = "all";

    @Override
    public Integer call() {
        Granularity g = Granularity.parse(by);
        var f = StoreOptions.date("--from", from);
        var t = StoreOptions.date("--to", to);
        Origin o = Origin.parse(origin);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (EventStore es = EventStore.openExisting(store.db)) {
            out.println("period,source,target,q1,q2,q3,q4,total,goldstein_mean,goldstein_sum");
            for (DyadPoint p : es.dyad(source, target, g, both, f, t, o)) {
                out.println(String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%d,%d,%d,%.3f,%.1f", p.period(), csv(p.source()), csv(p.target()),
                        p.q1(), p.q2(), p.q3(), p.q4(), p.total(), p.meanGoldstein(), p.sumGoldstein()));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            System.err.println("tessera: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private static String csv(String s) {
        return s.matches("[A-Za-z0-9_]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
