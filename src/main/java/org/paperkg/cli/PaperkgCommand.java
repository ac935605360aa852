package org.paperkg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "paperkg", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Turns research-paper listings into a knowledge graph you can query (Apache Jena TDB2).",
        subcommands = {BuildCommand.class, ExtractCommand.class, EvalCommand.class, ResolveCommand.class, QueryCommand.class, ExportCommand.class, StatsCommand.class, GenerateCommand.class,
                ServeCommand.class, ValidateCommand.class, LoadTestCommand.class, CompactCommand.class, BenchCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (a bug, an unusable or locked store)", "2:bad usage or bad input data", "130:interrupted (Ctrl-C); the store keeps its last committed state"})
final class PaperkgCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Read by the execution exception handler in {@link Cli}; inherited by every subcommand. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Print stack traces on errors.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
