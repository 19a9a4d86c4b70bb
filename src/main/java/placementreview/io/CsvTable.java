package placementreview.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small CSV file with a header row (reference tables), read as rows of column name to text. */
public final class CsvTable {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvTable() {
    }

    public static List<Map<String, String>> read(Path file) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = Files.newInputStream(file);
             MappingIterator<Map<String, String>> rows = MAPPER.readerForMapOf(String.class).with(schema)
                     .readValues(in)) {
            List<Map<String, String>> out = new ArrayList<>();
            while (rows.hasNext()) {
                out.add(rows.next());
            }
            return out;
        }
    }
}
