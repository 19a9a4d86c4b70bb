package placementreview.store;

/**
 * Re-runs a receipt's command on its stored input and rule files and compares the output. Implemented by the
 * command line (it re-runs its own commands); the web service is handed one. Unknown or purged receipts, or a run
 * that cannot be repeated, are a StoreException saying why.
 */
public interface Replayer {
    ReplayResult replay(ReceiptStore store, String id);
}
