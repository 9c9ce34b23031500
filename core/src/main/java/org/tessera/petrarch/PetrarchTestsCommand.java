package org.tessera.petrarch;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tessera.pipeline.PipelineConfig;
import org.tessera.pipeline.PipelineAssembly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "petrarch-tests", description = "Code a PETRARCH validation file (e.g. PETR.UnitTest.records.xml) with our parser and "
        + "PETRARCH-style matching; print per-category and total exact matches; last line: petrarch-tests: passed=N total=M")
public final class PetrarchTestsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.xml")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Folder of the dictionaries the file's <Environment> names "
            + "(default: the dictionaries/ folder beside the file's folder).")
    Path dictionaries;

    @Option(names = {"-v", "--verbose"}, description = "List each record coded wrongly.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ValidationFile v = ValidationFile.read(file);
        Path dir = dictionaries != null ? dictionaries
                : file.toAbsolutePath().getParent().resolveSibling("dictionaries");
        PetrarchDictionaries d = PetrarchDictionaries.load(v.selection(dir), p -> System.err.println("tessera: " + p));
        PipelineAssembly assembly = PipelineAssembly.standard(PipelineConfig.defaults(), System.err);
        String language = assembly.defaultLanguage();
        UnitTestRun.Result r = new UnitTestRun(assembly.annotator(language), language, new PetrarchMatcher(d)).run(v.records(), System.out, verbose);
        UnitTestRun.print(r, System.out);
        return 0;
    }
}
