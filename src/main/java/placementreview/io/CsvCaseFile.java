package placementreview.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a CSV case file (a spreadsheet export): a header row naming each column by its JSON field path
 * ("weekly.core", "needs.breathing"), then one placement per row. Each row becomes the same record a JSON file
 * holds and goes through the same {@link PlacementParser}, so the checks and messages are the same; rejections name
 * the row ("P-7 (row 9)"; the header is row 1). Header fields (authority, asOf, financialYear.*, capacity.*) may be
 * columns too, with the same value on every row. Streams: one row at a time.
 */
final class CsvCaseFile {
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(JsonCaseFile.MAX_TEXT).build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FIRST_LINE_LIMIT = 64 * 1024;

    private final PlacementParser parser;

    CsvCaseFile(PlacementParser parser) {
        this.parser = parser;
    }

    RawCaseFile read(InputStream in, String name) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, FIRST_LINE_LIMIT);
        char separator = separator(buffered);
        try (CsvParser csv = (CsvParser) FACTORY.createParser(buffered)) {
            csv.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> columns = header(csv, name);
            Map<String, String> headerValues = new LinkedHashMap<>();
            List<RawCaseFile.Entry> entries = new ArrayList<>();
            int row = 1;
            while (true) {
                List<String> cells;
                try {
                    cells = row(csv);
                } catch (JsonProcessingException | CharConversionException e) {
                    return new RawCaseFile(header(headerValues), entries, new RawCaseFile.Break("row " + (row + 1)
                            + " onwards", describe(e) + "; reading stopped here, so this row and any after it were "
                            + "not reviewed"));
                }
                if (cells == null) {
                    break;
                }
                row++;
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                entries.add(entry(name, columns, cells, row, headerValues));
            }
            return new RawCaseFile(header(headerValues), entries, null);
        } catch (JsonProcessingException | CharConversionException e) {
            throw new InputException(name + ": " + describe(e));
        }
    }

    /**
     * The column separator: a comma, or a semicolon when the file says so, as spreadsheets in many locales save CSV:
     * a first line "sep=;" (which Excel writes and hides; it is skipped here too), or a header row with semicolons
     * and no comma. Only a "sep=" line is consumed; otherwise the file is peeked.
     */
    private static char separator(BufferedInputStream in) throws IOException {
        in.mark(FIRST_LINE_LIMIT);
        byte[] start = in.readNBytes(FIRST_LINE_LIMIT);
        in.reset();
        String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).strip();
        if (firstLine.toLowerCase(Locale.ROOT).startsWith("sep=") && firstLine.length() == 5) {
            int newline = 0;
            while (newline < start.length && start[newline] != '\n') {
                newline++;
            }
            in.skipNBytes(Math.min(newline + 1, start.length));
            return firstLine.charAt(4);
        }
        return firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    }

    private List<String> header(CsvParser csv, String name) throws IOException {
        csv.nextToken(); // the list of all rows
        List<String> columns = row(csv);
        if (columns == null || columns.stream().allMatch(String::isBlank)) {
            throw new InputException(name + ": the file is empty; expected a header row naming the columns "
                    + "(id, child.ref, child.birthMonth, type, start, weeksPerYear, weekly.core, ...)");
        }
        List<String> names = new ArrayList<>();
        for (String column : columns) {
            names.add(column.strip().replace("\uFEFF", ""));
        }
        TreeSet<String> seen = new TreeSet<>();
        for (String column : names) {
            if (column.isEmpty()) {
                throw new InputException(name + ": the header row has an empty column name (column "
                        + (names.indexOf(column) + 1) + "); every column must be named by its field path");
            }
            if (!seen.add(column)) {
                throw new InputException(name + ": the header names the column " + column + " twice");
            }
        }
        for (String column : names) {
            for (String p = column; p.contains("."); ) {
                p = p.substring(0, p.lastIndexOf('.'));
                if (seen.contains(p)) {
                    throw new InputException(name + ": the header has both " + p + " and " + column
                            + "; give the field paths, e.g. weekly.core, not both a path and its parent");
                }
            }
        }
        List<String> missing = parser.requiredFields().stream().filter(f -> !seen.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(name + ": the header row has no column for " + String.join(", ", missing)
                    + " (required); columns are named by the field paths in cases/README.md");
        }
        return names;
    }

    private RawCaseFile.Entry entry(String name, List<String> columns, List<String> cells, int row,
                                    Map<String, String> headerValues) {
        String where = "row " + row;
        int idColumn = columns.indexOf("id");
        String id = idColumn >= 0 && idColumn < cells.size() && !cells.get(idColumn).isBlank()
                ? cells.get(idColumn).strip() : null;
        if (cells.size() != columns.size()) {
            return rejected(id, where, "(row)", "has " + cells.size() + " cells but the header has "
                    + columns.size() + " columns; a cell is missing or extra (check for a stray comma or quote)");
        }
        ObjectNode record = NODES.objectNode();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String cell = cells.get(i);
            if (isHeaderField(column)) {
                sameOnEveryRow(name, column, cell.strip(), row, headerValues);
            } else if (!cell.isBlank()) {
                put(record, column, cell);
            }
        }
        return new RawCaseFile.Entry(parser.parse(record), List.of(), where);
    }

    private static RawCaseFile.Entry rejected(String id, String where, String field, String message) {
        return new RawCaseFile.Entry(new PlacementParser.Parsed(id, null, List.of(), null, List.of()),
                List.of(new RecordFields.FieldError(field, message)), where);
    }

    static boolean isHeaderField(String column) {
        return column.equals("authority") || column.equals("asOf") || column.startsWith("financialYear.")
                || column.startsWith("capacity.");
    }

    /** Header columns hold the file's own fields: one authority on one date, so the same value on every row. */
    private static void sameOnEveryRow(String name, String column, String value, int row,
                                       Map<String, String> headerValues) {
        if (value.isEmpty()) {
            return;
        }
        String earlier = headerValues.putIfAbsent(column, value);
        if (earlier != null && !earlier.equals(value)) {
            throw new InputException(name + ": row " + row + ": " + column + " is " + RecordFields.describe(
                    NODES.textNode(value)) + " but an earlier row has " + RecordFields.describe(NODES.textNode(earlier))
                    + "; a case file is one authority on one date, so header columns must be the same on every row");
        }
    }

    private static Map<String, JsonNode> header(Map<String, String> values) {
        ObjectNode root = NODES.objectNode();
        values.forEach((column, value) -> put(root, column, value));
        Map<String, JsonNode> header = new HashMap<>();
        root.fields().forEachRemaining(e -> header.put(e.getKey(), e.getValue()));
        return header;
    }

    private static void put(ObjectNode root, String path, String value) {
        String[] parts = path.split("\\.", -1);
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        node.put(parts[parts.length - 1], value);
    }

    /** The next row's cells, or null at the end of the file. */
    private static List<String> row(CsvParser csv) throws IOException {
        JsonToken token = csv.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        while ((token = csv.nextToken()) != JsonToken.END_ARRAY && token != null) {
            cells.add(csv.getText());
        }
        return cells;
    }

    private static String describe(IOException e) {
        if (e instanceof CharConversionException) {
            return "not UTF-8 text (" + e.getMessage().replaceAll(":.*", "") + "); save the spreadsheet as "
                    + "\"CSV UTF-8\"";
        }
        JsonProcessingException json = (JsonProcessingException) e;
        String message = String.valueOf(json.getOriginalMessage());
        int line = json.getLocation() == null ? -1 : json.getLocation().getLineNr();
        if (message.contains("String value length")) {
            return "a cell near line " + line + " is longer than " + JsonCaseFile.MAX_TEXT
                    + " characters, the most a case file allows";
        }
        return "not valid CSV near line " + line + ": " + (message.length() > 200 ? message.substring(0, 200) + "…"
                : message);
    }
}
