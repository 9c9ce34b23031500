package org.tessera.cli;

import java.io.PrintStream;
import org.tessera.coding.CodingKnowledge;
import org.tessera.pipeline.PipelineConfig;

/** Loads the coder's knowledge for a command: ours, plus the user's dictionaries when given. */
final class Knowledge {
    private Knowledge() {
    }

    static CodingKnowledge load(PipelineConfig config, PrintStream err) {
        CodingKnowledge k = CodingKnowledge.bundled();
        if (config.dictionaries() != null) err.println("tessera: --dictionaries is not supported yet; using our own data");
        return k;
    }
}
