package placementreview.cli;

import picocli.CommandLine.Option;
import placementreview.store.Database;
import placementreview.store.DatabaseUrl;
import placementreview.store.ReceiptStore;

/** --db URL: the receipt database (default: PLACEMENT_REVIEW_DB, else the H2 file in the user's data folder). */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "URL", description = "receipt database: jdbc:postgresql://HOST/DB or "
            + "jdbc:h2:file:PATH (default: $PLACEMENT_REVIEW_DB, else an H2 file under ~/.local/share/placement-review);"
            + " user and password only from PLACEMENT_REVIEW_DB_USER / PLACEMENT_REVIEW_DB_PASSWORD")
    String db;

    /**
     * Opens and migrates the database for this one run (connections straight from the driver, no pool): a
     * StoreException (exit 2, URL and reason) when it cannot be used.
     */
    ReceiptStore open() {
        return open(1);
    }

    ReceiptStore open(int connections) {
        return new ReceiptStore(Database.open(DatabaseUrl.resolve(db, System.getenv()), connections));
    }
}
