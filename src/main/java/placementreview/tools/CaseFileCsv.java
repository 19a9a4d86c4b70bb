package placementreview.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import placementreview.io.JsonRecords;

/**
 * Writes a JSON case file as its CSV twin: one row per placement, columns named by the field paths, lists as values
 * separated by ";" ("none" for an empty list), the header fields (authority, asOf, ...) repeated on every row.
 * Streams the JSON twice (once for the columns, once for the rows), so it converts files of any size. Values are
 * written as they are (no spreadsheet-formula neutralising): this is data for the tool to read back, exactly.
 */
public final class CaseFileCsv {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CaseFileCsv() {
    }

    public static void convert(Path json, Writer out) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        Set<String> columns = new LinkedHashSet<>();
        records(json, header, record -> columns.addAll(flatten(record).keySet()));
        List<String> all = new ArrayList<>(header.keySet());
        all.addAll(columns);
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter rows = CSV.writer(schema).writeValues(out)) {
            rows.write(all);
            records(json, new LinkedHashMap<>(), record -> {
                Map<String, String> cells = flatten(record);
                List<String> row = new ArrayList<>(all.size());
                header.values().forEach(row::add);
                columns.forEach(c -> row.add(cells.getOrDefault(c, "")));
                try {
                    rows.write(row);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private interface RecordSink {
        void accept(JsonNode record) throws IOException;
    }

    private static void records(Path json, Map<String, String> header, RecordSink sink) throws IOException {
        JsonRecords.stream(json, new JsonRecords.Sink() {
            @Override
            public void header(String field, JsonNode value) {
                flatten(value, field, header);
            }

            @Override
            public void record(JsonNode record) throws IOException {
                sink.accept(record);
            }
        });
    }

    static Map<String, String> flatten(JsonNode record) {
        Map<String, String> cells = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> flatten(e.getValue(), e.getKey(), cells));
        return cells;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> cells) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path + "." + e.getKey(), cells));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(scalar(item)));
            cells.put(path, items.isEmpty() ? JsonRecords.NONE_RECORDED : String.join(";", items));
        } else if (!node.isNull()) {
            cells.put(path, scalar(node));
        }
    }

    private static String scalar(JsonNode node) {
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }
}
