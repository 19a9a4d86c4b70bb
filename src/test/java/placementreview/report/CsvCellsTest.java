package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV output is opened in Excel by panels: text that Excel would run as a formula is neutralised. */
class CsvCellsTest {
    @Test
    void cellsStartingWithAFormulaCharacterArePrefixedSoExcelShowsText() {
        assertThat(CsvCells.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCells.safe("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertThat(CsvCells.safe("-950.00")).isEqualTo("-950.00");
        assertThat(CsvCells.safe("12500.00")).isEqualTo("12500.00");
        assertThat(CsvCells.safe("P-0001")).isEqualTo("P-0001");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isEmpty();
    }

    @Test
    void writtenCellsAreQuotedWhereNeededAndNeutralised() throws IOException {
        StringWriter out = new StringWriter();
        CsvCells.write(out, List.of("id", "provider"), List.of(List.of("=HYPERLINK(\"http://x\",\"y\")", "a,b")));
        assertThat(out.toString()).isEqualTo("id,provider\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"a,b\"\r\n");
    }
}
