package placementreview.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.review.DecisionKind;
import placementreview.review.NewDecision;
import placementreview.store.PanelCycle;
import placementreview.store.ReceiptStore;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Record the panel's decision on one option of a recorded review. Decisions are append-only: a "
                + "new decision on the same option supersedes the one in force, and the history stays.")
final class DecideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "RECEIPT-ID", description = "the recorded review decided on (its id or first 8+ characters)")
    String receipt;

    @Option(names = "--placement", required = true, paramLabel = "ID", description = "the placement, in that review's top N")
    String placement;

    @Option(names = "--option", required = true, paramLabel = "RULE-ID", description = "the option: the rule that found it (e.g. CR-02)")
    String option;

    @Option(names = "--decision", required = true, paramLabel = "AGREED|REJECTED|DEFERRED|MORE_INFORMATION",
            description = "what the panel decided")
    String decision;

    @Option(names = "--owner", required = true, paramLabel = "TEXT", description = "who carries the action (a role or team)")
    String owner;

    @Option(names = "--due", required = true, paramLabel = "DATE", description = "when the action is due (YYYY-MM-DD)")
    LocalDate due;

    @Option(names = "--target-weekly", paramLabel = "AMOUNT",
            description = "the fall in the council's weekly cost the action is to bring (default: the option's weekly saving)")
    BigDecimal targetWeekly;

    @Option(names = "--note", paramLabel = "TEXT", description = "the panel's note (no case content: it is not children's data)")
    String note;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        NewDecision asked = new NewDecision(receipt, placement, option, DecisionKind.parse(decision), owner, due,
                targetWeekly, note, "os-user " + System.getProperty("user.name"));
        try (ReceiptStore store = database.open()) {
            var recorded = new PanelCycle(store).decide(asked, Instant.now());
            Reports.decision(recorded).write(chosen, spec.commandLine().getOut());
        } catch (java.io.IOException e) {
            throw new placementreview.io.InputException("cannot write the output: " + e.getMessage());
        }
        return PlacementReviewCommand.OK;
    }
}
