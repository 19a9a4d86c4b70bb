package placementreview.http;

/** One problem with a request: the placement id (or null), the field (or null) and the message the CLI gives. */
public record ApiError(String id, String field, String message) {
}
