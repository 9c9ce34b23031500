package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tessera.cameo.CameoTable;
import org.tessera.coding.EventLexicon;
import org.tessera.coding.LexiconCoverage;
import org.tessera.model.CameoCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lexicon", description = "Report on the bundled event lexicon. --coverage: the CAMEO event codes no pattern "
        + "produces (code<TAB>name), then 'coverage: N of 296 codes (M patterns)'.")
final class LexiconCommand implements Callable<Integer> {
    @Option(names = "--coverage", required = true, description = "List the event codes without a pattern and count the covered ones.")
    boolean coverage;

    /** Codes that mechanisms other than the lexicon produce (none yet: the verbal-family table joins here). */
    private final Set<String> coveredElsewhere;

    LexiconCommand() {
        this(Set.of());
    }

    LexiconCommand(Set<String> coveredElsewhere) {
        this.coveredElsewhere = Set.copyOf(Objects.requireNonNull(coveredElsewhere));
    }

    @Override
    public Integer call() {
        CameoTable cameo = CameoTable.load();
        LexiconCoverage c = LexiconCoverage.of(cameo, EventLexicon.bundled(cameo).all(), coveredElsewhere);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (CameoCode code : c.uncovered()) out.println(code.code() + "\t" + code.name());
        out.println(c.summary());
        out.flush();
        return ExitCodes.OK;
    }
}
