package placementreview.report;

/**
 * Puts {@code "receipt" : {"id" : ...}} first in a recorded run's JSON output, in the layout the JSON writers use,
 * without re-reading the output: the text that follows is kept byte for byte.
 */
public final class ReceiptStamp {
    private ReceiptStamp() {
    }

    /** The JSON object text with the receipt id as its first field; any other text is returned unchanged. */
    public static String stamp(String json, String receiptId) {
        String nl = System.lineSeparator();
        if (!json.startsWith("{" + nl) || receiptId.indexOf('"') >= 0 || receiptId.indexOf('\\') >= 0) {
            return json;
        }
        String field = "  \"receipt\" : {" + nl + "    \"id\" : \"" + receiptId + "\"" + nl + "  }";
        String rest = json.substring(1 + nl.length());
        boolean empty = rest.startsWith("}");
        return "{" + nl + field + (empty ? nl : "," + nl) + rest;
    }
}
