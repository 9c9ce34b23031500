package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tessera.cameo.CameoTable;
import org.tessera.coding.EventLexicon;
import org.tessera.coding.LexiconCoverage;
import org.tessera.coding.VerbalFamilies;
import org.tessera.model.CameoCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lexicon", description = "Report on the bundled event lexicon. --coverage: the CAMEO event codes no pattern "
        + "produces (code<TAB>name), then 'coverage: N of 296 codes (M patterns)'.")
final class LexiconCommand implements Callable<Integer> {
    @Option(names = "--coverage", required = true, description = "List the event codes without a pattern and count the covered ones.")
    boolean coverage;

    @Override
    public Integer call() {
        CameoTable cameo = CameoTable.load();
        // The lexicon's patterns and the verbal-family table's sub-codes (02x, 03x, 10x, 12x, 13x from an embedded action).
        LexiconCoverage c = LexiconCoverage.of(cameo, EventLexicon.bundled(cameo).all(), VerbalFamilies.bundled(cameo).codes());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (CameoCode code : c.uncovered()) out.println(code.code() + "\t" + code.name());
        out.println(c.summary());
        out.flush();
        return ExitCodes.OK;
    }
}
