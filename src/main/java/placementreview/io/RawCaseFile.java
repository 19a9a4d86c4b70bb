package placementreview.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What was read from one case file before the file-wide checks: the header fields (authority, asOf, financialYear,
 * capacity), each placement record parsed, and where reading stopped if the file broke part way (truncated, bad
 * bytes, a value over the limits): the records before the break are kept; {@code notRead}: what the file holds
 * that was not read (the records of a second JSON document after the case file), each named.
 */
record RawCaseFile(Map<String, JsonNode> header, List<Entry> entries, Break broken, List<Break> notRead) {

    RawCaseFile(Map<String, JsonNode> header, List<Entry> entries, Break broken) {
        this(header, entries, broken, List.of());
    }

    /** One record: what the parser made of it, problems found while reading it, and its row ("row 9", CSV). */
    record Entry(PlacementParser.Parsed parsed, List<RecordFields.FieldError> problems, String row) {
    }

    /** Where the file stopped being readable ("record #7 onwards") and why. */
    record Break(String where, String message) {
    }
}
