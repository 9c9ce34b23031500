package org.tessera.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Option(names = {"-v", "--verbose"}, description = "List each miss and each false event.")
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
        }
        System.out.printf("predicted=%d correct=%d required=%d found=%d%n", s.predicted(), s.correct(), s.required(), s.found());
        System.out.println(s.line());
        return code;
    }
}
