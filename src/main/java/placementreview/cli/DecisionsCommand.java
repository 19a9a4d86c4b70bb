package placementreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.io.InputException;
import placementreview.report.Format;
import placementreview.report.Reports;
import placementreview.store.PanelCycle;
import placementreview.store.ReceiptStore;

@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = "The panel's decisions, oldest first, each with where it stands: superseded, or in force and "
                + "(agreed) its delivery at the latest recorded review of its authority.")
final class DecisionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--open", description = "only open ones: agreed actions not yet delivered (or ended), and "
            + "deferrals and requests for information in force")
    boolean open;

    @Option(names = "--placement", paramLabel = "ID", description = "only decisions on this placement")
    String placement;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        try (ReceiptStore store = database.open()) {
            Reports.decisions(new PanelCycle(store).decisions(placement, open)).write(chosen,
                    spec.commandLine().getOut());
        } catch (IOException e) {
            throw new InputException("cannot write the output: " + e.getMessage());
        }
        return PlacementReviewCommand.OK;
    }
}
