package placementreview.model;

/** A record (or a field of one) that failed validation: the file, the placement id, the field path and why. */
public record Rejection(String file, String id, String field, String message) implements RecordMessage {
}
