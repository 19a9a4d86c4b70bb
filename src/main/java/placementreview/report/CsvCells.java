package placementreview.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes CSV for Excel: quoted where needed, and text that Excel would run as a formula neutralised. */
public final class CsvCells {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvCells() {
    }

    /** A cell starting with = + - @ (or a tab / carriage return) is prefixed with ' so Excel shows it as text. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        boolean number = cell.matches("-?\\d+(\\.\\d+)?");
        return formula && !number ? "'" + cell : cell;
    }

    public static void write(Writer out, List<String> header, List<List<String>> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
        try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
            writer.write(header.stream().map(CsvCells::safe).toList());
            for (List<String> row : rows) {
                writer.write(row.stream().map(CsvCells::safe).toList());
            }
        }
    }
}
