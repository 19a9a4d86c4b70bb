package placementreview.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON record into a tree, noting every key given twice in one object ("weekly.core" twice: which is
 * right?) and every NaN or Infinity (read as null: not a number any field takes), and refusing a record with more
 * values than any placement has, so one hostile record cannot fill the memory; in each case the rest of the file is
 * still read.
 */
final class RecordTree {
    /** Far more values than a placement record has (about 60); a record with more is not read. */
    static final int MAX_VALUES = 5_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final List<String> duplicates = new ArrayList<>();
    private final List<NonNumber> notNumbers = new ArrayList<>();
    private int values;

    /** Keys that appeared more than once in one object, as dotted paths, in file order. */
    List<String> duplicates() {
        return duplicates;
    }

    /** NaN, Infinity or -Infinity where a value stood (its dotted path; empty at the top), in file order. */
    record NonNumber(String path, String literal) {
    }

    List<NonNumber> notNumbers() {
        return notNumbers;
    }

    boolean tooLarge() {
        return values > MAX_VALUES;
    }

    /** Reads the value starting at the parser's current token; the parser is left on its last token. */
    JsonNode read(JsonParser json) throws IOException {
        int depth = json.getParsingContext().getNestingDepth();
        boolean container = json.currentToken().isStructStart();
        try {
            return value(json, "");
        } catch (TooLarge e) {
            int outside = container ? depth - 1 : depth;
            while (json.getParsingContext().getNestingDepth() > outside && json.nextToken() != null) {
                json.skipChildren();
            }
            return NODES.nullNode();
        }
    }

    private JsonNode value(JsonParser json, String path) throws IOException {
        if (++values > MAX_VALUES) {
            throw new TooLarge();
        }
        JsonToken token = json.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode node = NODES.objectNode();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = json.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    json.nextToken();
                    JsonNode value = value(json, child);
                    if (node.has(name)) {
                        duplicates.add(child);
                    }
                    node.set(name, value);
                }
                return node;
            }
            case START_ARRAY -> {
                ArrayNode node = NODES.arrayNode();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    node.add(value(json, path));
                }
                return node;
            }
            case VALUE_STRING -> {
                return NODES.textNode(json.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(json.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                if (json.isNaN()) {
                    notNumbers.add(new NonNumber(path, json.getText()));
                    return NODES.nullNode();
                }
                return NODES.numberNode(json.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    /** Unwinds the recursion when a record is over the limit; never leaves this class. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
