package placementreview.store;

import placementreview.io.InputException;

/**
 * A decision that refers to something the database does not hold (a receipt, a placement in it, an option for it)
 * or gives a value that cannot be used: exit 2 on the command line, 400 from the service; nothing is written.
 * {@code field}: what the request got wrong (receipt, placement, option, owner, due, targetWeekly...).
 */
public final class BadReference extends InputException {
    private final String field;

    public BadReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
