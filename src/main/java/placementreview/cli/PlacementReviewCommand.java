package placementreview.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import placementreview.engine.RulebaseException;
import placementreview.io.InputException;
import placementreview.report.TerminalText;
import placementreview.store.StoreException;

/** The placement-review command line: one class per command, all over the one review service. */
@Command(name = "placement-review", mixinStandardHelpOptions = true, version = "placement-review 0.1.0",
        description = "Reviews high-cost placements of looked-after children against auditable Drools rules.",
        subcommands = {ReviewCommand.class, CheckCommand.class, ForecastCommand.class, ExplainCommand.class,
                ValidateCommand.class, RulesCommand.class, WhatIfCommand.class, GenerateCommand.class, ServeCommand.class,
                ServeBenchCommand.class, BenchCommand.class, ReceiptsCommand.class, ReceiptCommand.class,
                ReplayCommand.class, PurgeCommand.class, DecideCommand.class, DecisionsCommand.class,
                HistoryCommand.class})
public final class PlacementReviewCommand implements Runnable {
    static final int OK = 0;
    static final int SOME_REJECTED = 1;
    static final int UNUSABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (0 ok, 1 some rejected, 2 unusable). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, CommandLine.defaultFactory());
    }

    /** As above, with the factory that makes the commands and their options (replay passes its own). */
    static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new PlacementReviewCommand(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof InputException || e instanceof RulebaseException || e instanceof StoreException) {
                commandLine.getErr().println("placement-review: " + TerminalText.escapeKeepingLines(e.getMessage()));
            } else {
                commandLine.getErr().println("placement-review: unexpected error (" + e.getClass().getSimpleName()
                        + "): " + TerminalText.escapeKeepingLines(String.valueOf(e.getMessage())));
            }
            return UNUSABLE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
