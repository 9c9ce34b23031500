package org.tessera.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.tessera.coding.CodingKnowledge;
import org.tessera.model.RawDocument;
import org.tessera.nlp.Annotator;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.Pipelines;
import org.tessera.pipeline.ProgressMeter;

/** The shared body of every command that codes files: expand inputs, run the batch, report errors. */
final class CodingSession {
    private final PipelineConfig config;
    private final PrintStream err;

    private final boolean instead;

    CodingSession(PipelineConfig config, PrintStream err) {
        this(config, err, false);
    }

    /** {@code instead}: PETRARCH dictionaries replace our own knowledge rather than join it. */
    CodingSession(PipelineConfig config, PrintStream err, boolean instead) {
        this.config = config;
        this.err = err;
        this.instead = instead;
    }

    /** Codes the inputs, handing each document's result to {@code sink}; returns the exit code. */
    int run(List<Path> inputs, boolean quiet, Consumer<DocumentResult> sink) {
        int[] inputErrors = {0};
        List<RawDocument> docs = BatchRunner.expand(inputs, config.intake().maxBytes(), e -> {
            err.println("tessera: " + e);
            inputErrors[0]++;
        });
        if (docs.isEmpty()) {
            err.println("tessera: nothing to code");
            return inputErrors[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
        Pipeline pipeline = pipeline();
        ProgressMeter progress = new ProgressMeter(err, docs.size(), !quiet);
        int failed = new BatchRunner(pipeline, config.threads()).run(docs, r -> {
            if (r.failed()) err.println("tessera: " + r.error());
            r.notes().forEach(n -> err.println("tessera: " + n));
            sink.accept(r);
        }, progress);
        return failed + inputErrors[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    Pipeline pipeline() {
        Annotator annotator = Pipelines.annotator(config);
        CodingKnowledge knowledge = Knowledge.load(config, instead, err);
        return Pipelines.standard(config, annotator, knowledge);
    }
}
