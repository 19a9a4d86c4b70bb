package placementreview.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON case file as a stream: one record at a time, so a large file never becomes one tree in memory. Limits
 * on text length and nesting stop a hostile file early with a clear message; if the file breaks part way (truncated,
 * bad bytes), the records read before the break are kept and the break is reported.
 */
final class JsonCaseFile {
    static final int MAX_TEXT = 100_000;
    static final int MAX_NESTING = 32;
    static final Set<String> HEADER_FIELDS = Set.of("authority", "asOf", "financialYear", "capacity");
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT)
                    .maxNestingDepth(MAX_NESTING).maxNameLength(1_000).maxNumberLength(1_000).build())
            .build();

    private final PlacementParser parser;

    JsonCaseFile(PlacementParser parser) {
        this.parser = parser;
    }

    RawCaseFile read(InputStream in, String name) throws IOException {
        try (JsonParser json = FACTORY.createParser(in)) {
            JsonToken first = next(json, name);
            if (first == null) {
                throw new InputException(name + ": the file is empty; expected a JSON case file");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InputException(name + ": not a case file: expected a JSON object { \"authority\": ..., "
                        + "\"placements\": [...] } at the top");
            }
            Map<String, JsonNode> header = new HashMap<>();
            List<RawCaseFile.Entry> entries = new ArrayList<>();
            try {
                while (next(json, name) == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = next(json, name);
                    if ("placements".equals(field)) {
                        if (value != JsonToken.START_ARRAY) {
                            throw new InputException(name + ": \"placements\" must be a list of placement records");
                        }
                        placements(json, entries);
                    } else if (HEADER_FIELDS.contains(field)) {
                        header.put(field, new RecordTree().read(json));
                    } else {
                        json.skipChildren();
                    }
                }
            } catch (Broken e) {
                return broken(name, header, entries, e);
            } catch (JsonProcessingException e) {
                return broken(name, header, entries, new Broken(describe(e), false));
            }
            return new RawCaseFile(header, entries, null);
        } catch (Broken e) {
            throw new InputException(name + ": " + e.getMessage());
        }
    }

    private static RawCaseFile broken(String name, Map<String, JsonNode> header, List<RawCaseFile.Entry> entries,
                                      Broken e) {
        if (entries.isEmpty() && !e.inPlacements) {
            throw new InputException(name + ": " + e.getMessage());
        }
        String where = e.inPlacements ? "record #" + (entries.size() + 1) + " onwards" : "(end of file)";
        String consequence = e.inPlacements
                ? "; reading stopped here, so this record and any after it were not reviewed"
                : "; the placements before it were read";
        return new RawCaseFile(header, entries, new RawCaseFile.Break(where, e.getMessage() + consequence));
    }

    private void placements(JsonParser json, List<RawCaseFile.Entry> entries) throws IOException {
        try {
            while (json.nextToken() != JsonToken.END_ARRAY) {
                if (json.currentToken() == null) {
                    throw new Broken("the file ends before the list of placements is closed", true);
                }
                RecordTree tree = new RecordTree();
                JsonNode record = tree.read(json);
                List<RecordFields.FieldError> problems = new ArrayList<>();
                if (tree.tooLarge()) {
                    problems.add(new RecordFields.FieldError("(record)", "has more than " + RecordTree.MAX_VALUES
                            + " values, far more than a placement record; it was not read"));
                    entries.add(new RawCaseFile.Entry(
                            new PlacementParser.Parsed(null, null, List.of(), null, List.of()),
                            problems, null));
                    continue;
                }
                tree.duplicates().stream().distinct().forEach(path -> problems.add(new RecordFields.FieldError(path,
                        "is given more than once in the record; give each field once")));
                entries.add(new RawCaseFile.Entry(parser.parse(record), problems, null));
            }
        } catch (JsonProcessingException e) {
            throw new Broken(describe(e), true);
        } catch (IOException e) {
            throw new Broken("cannot be read: " + e.getMessage(), true);
        }
    }

    private static JsonToken next(JsonParser json, String name) throws IOException {
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            throw new Broken(describe(e), false);
        }
    }

    /** The parser's complaint in words a data officer can act on, with the line and column. */
    static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = "at line " + (at == null ? "?" : at.getLineNr()) + ", column "
                + (at == null ? "?" : at.getColumnNr());
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("String value length") || message.contains("Name length")) {
                return "a text value " + where + " is longer than " + MAX_TEXT + " characters, the most a case "
                        + "file allows";
            }
            if (message.contains("nesting depth")) {
                return "the JSON is nested more than " + MAX_NESTING + " levels deep " + where
                        + "; a case file needs only a few";
            }
            if (message.contains("Number value length")) {
                return "a number " + where + " is longer than 1000 digits";
            }
        }
        if (message.contains("end-of-input")) {
            return "the file ends early (" + where + "): it is truncated or a bracket is missing";
        }
        return "not valid JSON " + where + ": " + (message.length() > 200 ? message.substring(0, 200) + "…"
                : message);
    }

    /** The file stopped being readable; inPlacements: while reading the list of placements. */
    private static final class Broken extends RuntimeException {
        final boolean inPlacements;

        Broken(String message, boolean inPlacements) {
            super(message, null, false, false);
            this.inPlacements = inPlacements;
        }
    }
}
