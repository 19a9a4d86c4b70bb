package placementreview.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.report.ReviewJson;
import placementreview.report.ReceiptJson;
import placementreview.report.ReceiptText;
import placementreview.store.ReceiptFilter;
import placementreview.store.ReceiptStore;

@Command(name = "receipts", mixinStandardHelpOptions = true,
        description = "The receipt log, newest first: recorded runs whose output holds a finding of a rule or a "
                + "placement, or made with a rulebase.")
final class ReceiptsCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--rule", paramLabel = "ID", description = "only receipts whose output holds a finding of this rule")
    String rule;

    @Option(names = "--placement", paramLabel = "ID", description = "only receipts whose output shows this placement")
    String placement;

    @Option(names = "--rulebase", paramLabel = "HASH", description = "only receipts made with this rulebase (or a prefix of it)")
    String rulebase;

    @Option(names = "--since", paramLabel = "DATE", description = "only receipts recorded on or after DATE (UTC)")
    LocalDate since;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    Format format;

    @Override
    public Integer call() {
        try (ReceiptStore store = database.open()) {
            var receipts = store.list(new ReceiptFilter(rule, placement, rulebase, since, 0));
            spec.commandLine().getOut().print(format == Format.json ? ReviewJson.text(ReceiptJson.list(receipts))
                    : ReceiptText.table(receipts));
            spec.commandLine().getOut().flush();
        }
        return PlacementReviewCommand.OK;
    }
}
