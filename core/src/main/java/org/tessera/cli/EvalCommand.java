package org.tessera.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.eval.Breakdown;
import org.tessera.eval.GoldEntry;
import org.tessera.eval.GoldFile;
import org.tessera.eval.GoldScorer;
import org.tessera.eval.Score;
import org.tessera.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Code files and score the events against a gold file; last line: precision=… recall=… f1=…")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CodingOptions options;

    @Option(names = {"-v", "--verbose"}, description = "List each miss and each false event, then recall per CAMEO root and PLOVER category, confused roots and silent sentences.")
    boolean verbose;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl")
    Path gold;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        List<GoldEntry> entries = GoldFile.read(gold);
        List<Event> events = new ArrayList<>();
        int code = new CodingSession(options.config(), System.err).run(files, options.quiet, r -> r.events().forEach(events::add));
        Score s = GoldScorer.score(entries, events);
        if (verbose) {
            for (GoldEntry g : s.misses())
                System.out.printf("MISS  %s %s>%s %s \"%s\"%n", g.id(), g.sources(), g.targets(), g.roots(), g.quote());
            for (Event e : s.falseEvents())
                System.out.printf("FALSE %s %s>%s %s %s [%s] \"%s\" (%s)%n", e.doc(), e.source().code(),
                        e.target() == null ? "-" : e.target().code(), e.action().code().code(), e.modality().json(),
                        e.action().text(), e.sentence(), e.evidenceText());
            printBreakdown(Breakdown.of(entries, events));
        }
        System.out.printf("predicted=%d correct=%d required=%d found=%d%n", s.predicted(), s.correct(), s.required(), s.found());
        System.out.println(s.line());
        return code;
    }

    private static void printBreakdown(Breakdown b) {
        System.out.println("recall by CAMEO root (each required entry under its first root):");
        b.byRoot().forEach(t -> System.out.println("ROOT   " + t.line()));
        if (!b.byPlover().isEmpty()) {
            System.out.println("recall by PLOVER category:");
            b.byPlover().forEach(t -> System.out.println("PLOVER " + t.line()));
        }
        System.out.println("confused roots (quote and actors right, root wrong; gold -> predicted):");
        b.confusions().forEach(c -> System.out.println("CONFUSED " + c.line()));
        System.out.println("required entries with no event at all in their sentence: " + b.silent().size());
        for (GoldEntry g : b.silent()) System.out.printf("SILENT %s %s \"%s\"%n", g.id(), g.roots(), g.quote());
    }
}
