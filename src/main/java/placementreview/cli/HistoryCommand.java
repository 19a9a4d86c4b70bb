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

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "One placement across the recorded reviews: the council's weekly cost, rank, the options "
                + "counted in its best reduction, and the panel's decisions.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--placement", required = true, paramLabel = "ID", description = "the placement")
    String placement;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    String format;

    @Override
    public Integer call() {
        Format chosen = Format.parse(format);
        try (ReceiptStore store = database.open()) {
            Reports.history(new PanelCycle(store).history(placement)).write(chosen, spec.commandLine().getOut());
        } catch (IOException e) {
            throw new InputException("cannot write the output: " + e.getMessage());
        }
        return PlacementReviewCommand.OK;
    }
}
