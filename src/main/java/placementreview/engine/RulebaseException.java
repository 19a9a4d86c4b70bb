package placementreview.engine;

/** The rules cannot be used (a file does not compile, metadata is missing, reference data is malformed). */
public class RulebaseException extends RuntimeException {
    public RulebaseException(String message) {
        super(message);
    }
}
