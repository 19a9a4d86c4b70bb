package placementreview.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.store.ReceiptStore;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Delete the stored inputs and outputs (children's data) of receipts recorded before DATE; "
                + "their hashes and metadata stay, and replay says they were purged.")
final class PurgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--before", required = true, paramLabel = "DATE",
            description = "purge receipts recorded before this day (UTC midnight)")
    LocalDate before;

    @Override
    public Integer call() {
        try (ReceiptStore store = database.open()) {
            ReceiptStore.Purged purged = store.purge(before, Instant.now());
            spec.commandLine().getOut().println("Purged before " + before + ": " + purged.receipts()
                    + " receipt(s) marked purged, " + purged.outputs() + " output(s) and " + purged.inputs()
                    + " input(s) deleted (" + purged.inputBytes() + " input bytes); hashes and metadata kept.");
            spec.commandLine().getOut().flush();
        }
        return PlacementReviewCommand.OK;
    }
}
