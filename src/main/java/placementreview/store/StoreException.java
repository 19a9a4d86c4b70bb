package placementreview.store;

/** The receipt database cannot be used (opened, migrated, read or written): one line naming it and the reason. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
