package org.tessera.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.tessera.model.RawDocument;
import org.tessera.pipeline.BatchRunner;
import org.tessera.pipeline.DocumentResult;
import org.tessera.pipeline.Pipeline;
import org.tessera.pipeline.PipelineAssembly;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.ProgressMeter;

/** The shared body of every command that codes files: expand inputs, run the batch, report errors. */
final class CodingSession {
    private final PipelineConfig config;
    private final PrintStream err;

    CodingSession(PipelineConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
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
        return PipelineAssembly.standard(config, err).pipeline();
    }
}
