package placementreview.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON case file as a stream: one record at a time, so a large file never becomes one tree in memory. Limits
 * on text length and nesting stop a hostile file early with a clear message; if the file breaks part way (truncated,
 * bad bytes), the records read before the break are kept and the break is reported. NaN or Infinity rejects the
 * record it is in; a header field given twice refuses the file; the records of a second JSON document after the
 * case file are each listed as not reviewed. The text is decoded as strict UTF-8 before parsing, so the line and
 * column in a message count characters, as an editor does, not bytes.
 */
final class JsonCaseFile {
    static final int MAX_TEXT = 100_000;
    static final int MAX_NESTING = 32;
    static final Set<String> HEADER_FIELDS = Set.of("authority", "asOf", "financialYear", "capacity");
    private static final String NOT_UTF8 = "the bytes there are not UTF-8 text (save the file as UTF-8)";
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN rejects its record, not the file
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT)
                    .maxNestingDepth(MAX_NESTING).maxNameLength(1_000).maxNumberLength(1_000).build())
            .build();

    private final PlacementParser parser;

    JsonCaseFile(PlacementParser parser) {
        this.parser = parser;
    }

    RawCaseFile read(InputStream in, String name) throws IOException {
        try (JsonParser json = FACTORY.createParser(utf8(in, name))) {
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
            List<RawCaseFile.Break> notRead = new ArrayList<>();
            boolean placementsRead = false;
            try {
                while (next(json, name) == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = next(json, name);
                    if ("placements".equals(field)) {
                        if (value != JsonToken.START_ARRAY) {
                            throw new InputException(name + ": \"placements\" must be a list of placement records");
                        }
                        if (placementsRead) {
                            throw new InputException(name + ": \"placements\" is given more than once; give one "
                                    + "list with every placement");
                        }
                        placementsRead = true;
                        placements(json, entries);
                    } else if (HEADER_FIELDS.contains(field)) {
                        if (header.containsKey(field)) {
                            throw new InputException(name + ": \"" + field + "\" is given more than once in the file; "
                                    + "give each field once");
                        }
                        header.put(field, headerValue(json, name, field));
                    } else {
                        json.skipChildren();
                    }
                }
                afterTheCaseFile(json, notRead);
                if (!placementsRead) {
                    // a misspelt key ("Placements") would otherwise review nothing and say nothing was wrong; checked
                    // once the input is read to its end, so a web client reads the 400 on a connection kept open
                    throw new InputException(name + ": \"placements\" is missing: a case file lists its placement "
                            + "records in \"placements\": [...] ([] when there are none)");
                }
            } catch (Broken e) {
                return broken(name, header, entries, e);
            } catch (JsonProcessingException e) {
                return broken(name, header, entries, new Broken(describe(e), false));
            } catch (CharacterCodingException e) {
                return broken(name, header, entries, new Broken(undecodable(json), false));
            }
            return new RawCaseFile(header, entries, null, notRead);
        } catch (Broken e) {
            throw new InputException(name + ": " + e.getMessage());
        }
    }

    /** Strict UTF-8 (bytes that are not UTF-8 are an error, never replaced), without a leading byte order mark. */
    private static Reader utf8(InputStream in, String name) throws IOException {
        PushbackReader reader = new PushbackReader(new StrictUtf8Reader(in), 1);
        try {
            int first = reader.read();
            if (first != '\uFEFF' && first != -1) {
                reader.unread(first);
            }
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid JSON at line 1, column 1: " + NOT_UTF8);
        }
        return reader;
    }

    private static String undecodable(JsonParser json) {
        JsonLocation at = json.currentLocation();
        return "not valid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + NOT_UTF8;
    }

    /** A header field's value; a key given twice in it, NaN or a value too large refuses the file. */
    private static JsonNode headerValue(JsonParser json, String name, String field) throws IOException {
        RecordTree tree = new RecordTree();
        JsonNode value = tree.read(json);
        if (tree.tooLarge()) {
            throw new InputException(name + ": \"" + field + "\" has more than " + RecordTree.MAX_VALUES + " values");
        }
        if (!tree.duplicates().isEmpty()) {
            throw new InputException(name + ": " + field + "." + tree.duplicates().get(0)
                    + " is given more than once in the file; give each field once");
        }
        if (!tree.notNumbers().isEmpty()) {
            RecordTree.NonNumber nan = tree.notNumbers().get(0);
            throw new InputException(name + ": " + field + (nan.path().isEmpty() ? "" : "." + nan.path()) + " is "
                    + nan.literal() + ", which is not a number; give a number such as 6500.00");
        }
        return value;
    }

    /**
     * Anything after the case file's closing brace (files joined into one): each placement record of a further
     * JSON document is listed as not reviewed, so every record in the file is either reviewed or named as rejected.
     */
    private static void afterTheCaseFile(JsonParser json, List<RawCaseFile.Break> notRead) throws IOException {
        int document = 1;
        try {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                document++;
                String where = "JSON document " + document + " (from line " + json.currentTokenLocation().getLineNr()
                        + ")";
                int before = notRead.size();
                if (token == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String field = json.currentName();
                        if (json.nextToken() == JsonToken.START_ARRAY && "placements".equals(field)) {
                            laterRecords(json, where, notRead);
                        } else {
                            json.skipChildren();
                        }
                    }
                } else {
                    json.skipChildren();
                }
                if (json.currentToken() == null) {
                    notRead.add(new RawCaseFile.Break("(end of file)", "the file ends inside " + where
                            + ", after the case file; it was not read"));
                    return;
                }
                if (notRead.size() == before) {
                    notRead.add(new RawCaseFile.Break("(end of file)", "more JSON follows the case file: " + where
                            + " holds no placement records and was not read"));
                }
            }
        } catch (JsonProcessingException e) {
            notRead.add(new RawCaseFile.Break("(end of file)", describe(e) + ", after the case file ended; what "
                    + "follows the case file was not read"));
        }
    }

    private static void laterRecords(JsonParser json, String where, List<RawCaseFile.Break> notRead)
            throws IOException {
        int index = 0;
        while (json.nextToken() != JsonToken.END_ARRAY && json.currentToken() != null) {
            index++;
            JsonNode id = new RecordTree().read(json).path("id");
            String label = id.isTextual() && !id.asText().isBlank() ? RecordFields.clip(id.asText().strip())
                    : "record #" + index;
            notRead.add(new RawCaseFile.Break(label + " in " + where, "comes after the end of the case file, in "
                    + "another JSON document; only the first document is read, so this record was not reviewed: "
                    + "give each case file as a file of its own"));
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
                tree.notNumbers().forEach(nan -> problems.add(new RecordFields.FieldError(
                        nan.path().isEmpty() ? "(record)" : nan.path(), "is " + nan.literal()
                        + ", which is not a number; give a number such as 6500.00")));
                entries.add(new RawCaseFile.Entry(parser.parse(record), problems, null));
            }
        } catch (JsonProcessingException e) {
            throw new Broken(describe(e), true);
        } catch (CharacterCodingException e) {
            throw new Broken(undecodable(json), true);
        } catch (IOException e) {
            throw new Broken("cannot be read: " + e.getMessage(), true);
        }
    }

    private static JsonToken next(JsonParser json, String name) throws IOException {
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            throw new Broken(describe(e), false);
        } catch (CharacterCodingException e) {
            throw new Broken(undecodable(json), false);
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
