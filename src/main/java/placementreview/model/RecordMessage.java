package placementreview.model;

/** A message about one record of an input file: the file, the placement id, the field path and the message. */
public interface RecordMessage {
    String file();

    String id();

    String field();

    String message();

    default String describe() {
        return file() + ": placement " + id() + ": " + field() + ": " + message();
    }
}
