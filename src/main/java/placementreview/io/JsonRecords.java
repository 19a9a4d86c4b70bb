package placementreview.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/** Streams a JSON case file's header fields and placement records as raw trees, without validating them. */
public final class JsonRecords {
    /** How a list is written in a CSV cell when it was recorded as empty ("none recorded"). */
    public static final String NONE_RECORDED = RecordFields.NONE_RECORDED;

    public interface Sink {
        void header(String field, JsonNode value) throws IOException;

        void record(JsonNode record) throws IOException;
    }

    private JsonRecords() {
    }

    public static void stream(Path json, Sink sink) throws IOException {
        try (JsonParser parser = JsonCaseFile.FACTORY.createParser(json.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(json + ": not a case file: expected a JSON object at the top");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("placements".equals(field) && parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        sink.record(new RecordTree().read(parser));
                    }
                } else if (JsonCaseFile.HEADER_FIELDS.contains(field)) {
                    sink.header(field, new RecordTree().read(parser));
                } else {
                    parser.skipChildren();
                }
            }
        }
    }
}
