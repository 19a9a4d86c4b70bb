package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.model.CaseFile;
import placementreview.model.FinancialYear;
import placementreview.testing.TestRules;

/** Money is read to the penny (with a note when rounded); the financial year must contain the review date. */
class MoneyAndYearReadTest {
    private static final String RECORD = """
            {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05"}, "type": "IFA",
             "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": CORE}}""";

    @TempDir
    Path dir;

    private final CaseFileReader reader = new CaseFileReader(TestRules.rulebase().reference().dstCeilings());

    private CaseFile read(String header, String core, LocalDate asOfOverride) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, "{" + header + ", \"placements\": [" + RECORD.replace("CORE", core) + "]}",
                StandardCharsets.UTF_8);
        return reader.read(file, asOfOverride);
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRoundedHalfUpToThePennyWithANoteNotARejection() throws IOException {
        CaseFile c = read("\"asOf\": \"2026-11-23\"", "100.005", null);
        assertThat(c.rejected()).isEmpty();
        assertThat(c.placements().get(0).weekly().core()).isEqualByComparingTo("100.01");
        assertThat(c.notes()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo("P-1");
            assertThat(n.field()).isEqualTo("weekly.core");
            assertThat(n.file()).endsWith("case.json");
            assertThat(n.message()).contains("100.005", "100.01", "rounded half-up to the penny");
        });
    }

    @Test
    void anAmountInPenceOrWithTrailingZerosIsReadWithoutANote() throws IOException {
        assertThat(read("\"asOf\": \"2026-11-23\"", "100.004", null).placements().get(0).weekly().core())
                .isEqualByComparingTo("100.00");
        CaseFile c = read("\"asOf\": \"2026-11-23\"", "100.5000", null);
        assertThat(c.placements().get(0).weekly().core()).isEqualByComparingTo("100.50");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void aFinancialYearWithOnlyABudgetIsTheUkYearContainingTheReviewDate() throws IOException {
        CaseFile c = read("\"asOf\": \"2027-02-10\", \"financialYear\": {\"placementBudget\": 5000000}", "900", null);
        assertThat(c.financialYear()).isEqualTo(new FinancialYear(LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), new java.math.BigDecimal("5000000")));
        CaseFile april = read("\"asOf\": \"2027-04-01\", \"financialYear\": {\"placementBudget\": 1}", "900", null);
        assertThat(april.financialYear().start()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void aReviewDateOutsideTheFilesFinancialYearFailsWithOneLineNamingBoth() {
        String year = "\"financialYear\": {\"start\": \"2026-04-01\", \"end\": \"2027-03-31\"}";
        assertThatThrownBy(() -> read("\"asOf\": \"2027-04-01\", " + year, "900", null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("case.json: asOf 2027-04-01 is outside the financial year 2026-04-01 to 2027-03-31")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> read("\"asOf\": \"2026-11-23\", " + year, "900", LocalDate.of(2026, 3, 31)))
                .hasMessageContaining("asOf 2026-03-31 (the review date given, not the file's) is outside");
    }

    @Test
    void theFirstAndLastDayOfTheYearAreInIt() throws IOException {
        String year = "\"financialYear\": {\"start\": \"2026-04-01\", \"end\": \"2027-03-31\"}";
        assertThat(read("\"asOf\": \"2026-04-01\", " + year, "900", null).asOf()).isEqualTo("2026-04-01");
        assertThat(read("\"asOf\": \"2027-03-31\", " + year, "900", null).asOf()).isEqualTo("2027-03-31");
    }

    @Test
    void aStartWithoutAnEndIsRefused() {
        assertThatThrownBy(() -> read("\"asOf\": \"2026-11-23\", \"financialYear\": {\"start\": \"2026-04-01\"}",
                "900", null)).isInstanceOf(InputException.class)
                .hasMessageContaining("financialYear.start is given without financialYear.end");
    }
}
