package placementreview.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import placementreview.report.ReviewJson;
import placementreview.report.ReceiptJson;
import placementreview.report.ReceiptText;
import placementreview.store.Receipt;
import placementreview.store.ReceiptStore;
import placementreview.store.StoreException;

@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "One receipt: when, by whom, the command, tool and rulebase, every rule file's hash, the input.")
final class ReceiptCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "ID", description = "the receipt id (or its first 8 or more characters)")
    String id;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default table)")
    Format format;

    @Option(names = "--with-input", description = "with json: include the stored input (base64); with table: print it")
    boolean withInput;

    @Override
    public Integer call() {
        try (ReceiptStore store = database.open()) {
            Receipt.Details details = store.find(id).orElseThrow(() -> new StoreException("no receipt " + id
                    + " in " + store.database().url().display()));
            var inputs = withInput ? store.inputs(details.receipt().id()) : null;
            var out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.print(ReviewJson.text(ReceiptJson.details(details, inputs)));
            } else {
                out.print(ReceiptText.details(details));
                if (inputs != null) {
                    for (var input : inputs) {
                        out.println();
                        out.println("--- " + input.name() + (input.content() == null ? " (purged)" : ""));
                        if (input.content() != null) {
                            out.print(new String(input.content(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            out.flush();
        }
        return PlacementReviewCommand.OK;
    }
}
