package org.tessera.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tessera} command: one subcommand per verb. */
@Command(name = "tessera", mixinStandardHelpOptions = true, version = "tessera 0.1.0",
        description = "Political event data from raw news, coded in CAMEO.",
        subcommands = {
                CodeCommand.class,
                EvalCommand.class,
                ExplainCommand.class,
                IngestCommand.class,
                WatchCommand.class,
                SearchCommand.class,
                DyadCommand.class,
                ExportCommand.class,
                ImportCommand.class,
                org.tessera.petrarch.PetrarchTestsCommand.class,
                org.tessera.server.ServeCommand.class,
                org.tessera.server.DemoCommand.class,
                BenchCommand.class,
                BenchMemoryCommand.class,
                BenchWatchCommand.class,
                org.tessera.syndication.BenchCopiesCommand.class,
                org.tessera.storebench.StoreBenchCommand.class,
                SparkVerbs.Job.class,
                SparkVerbs.Bench.class,
                SparkVerbs.ClusterTest.class,
                LexiconCommand.class,
                ExtractCommand.class,
                CommandLine.HelpCommand.class})
public final class TesseraCli {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new TesseraCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("tessera: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            // Its message names the store and what is wrong (held by another process, unreadable...).
            if (ex instanceof org.tessera.store.StoreException) {
                cmd.getErr().println("tessera: " + ex.getMessage());
                return ExitCodes.FAILURE;
            }
            cmd.getErr().println("tessera: " + ex);
            return ExitCodes.FAILURE;
        });
        return cl.execute(args);
    }
}
