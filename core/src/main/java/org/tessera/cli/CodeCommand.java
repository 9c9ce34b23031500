package org.tessera.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tessera.json.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = "Code news files (text, HTML, JSONL, RSS/Atom, WARC, folders) and print one JSON event a line.")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    CodingOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to code.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        EventJson json = new EventJson();
        int code = new CodingSession(options.config(), System.err).run(files, options.quiet,
                r -> {
                    r.events().forEach(e -> out.println(json.toLine(e)));
                    out.flush();
                });
        out.flush();
        return code;
    }
}
