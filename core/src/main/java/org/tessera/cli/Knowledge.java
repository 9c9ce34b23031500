package org.tessera.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.tessera.coding.CodingKnowledge;
import org.tessera.petrarch.PetrarchDictionaries;
import org.tessera.petrarch.PetrarchKnowledge;
import org.tessera.pipeline.PipelineConfig;

/** Loads the coder's knowledge for a command: ours, plus (or instead of it) the user's PETRARCH dictionaries when given. */
final class Knowledge {
    private Knowledge() {
    }

    static CodingKnowledge load(PipelineConfig config, PrintStream err) {
        return load(config, false, err);
    }

    static CodingKnowledge load(PipelineConfig config, boolean instead, PrintStream err) {
        CodingKnowledge k = CodingKnowledge.bundled();
        if (config.dictionaries() == null) return k;
        PetrarchDictionaries d;
        try {
            d = PetrarchDictionaries.load(config.dictionaries(), p -> err.println("tessera: " + p));
        } catch (IOException e) {
            throw new IllegalArgumentException("--dictionaries: " + e.getMessage());
        }
        err.printf("tessera: PETRARCH dictionaries: %d verb blocks, %d patterns, %d actors, %d agents, %d discards (%s)%n",
                d.verbs().blocks().size(), d.verbs().patternCount(), d.actors().size(), d.agents().size(), d.discards().size(),
                instead ? "instead of ours" : "with ours");
        return PetrarchKnowledge.extend(k, d, instead);
    }
}
