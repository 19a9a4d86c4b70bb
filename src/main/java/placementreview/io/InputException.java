package placementreview.io;

/** A case file that cannot be used at all (unreadable, empty, not JSON): one clear line, exit 2. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }
}
