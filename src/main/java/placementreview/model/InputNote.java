package placementreview.model;

/**
 * A value read with a change, not rejected (e.g. an amount with more than two decimal places, rounded to the penny):
 * the file, the placement id ("(header)" for the file's own fields), the field path and what was done.
 */
public record InputNote(String file, String id, String field, String message) implements RecordMessage {
}
