package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.report.ReviewJson;

/** Pennies and the financial year through the command line, as a finance officer would meet them. */
class PenniesAndYearCliTest {
    // P-2 reads as £1,000.00 + £333.33 (from 1000.004 and 333.334) and P-1 as £1,000.00 + £333.33 (from 1000.001 and
    // 333.330): the same shown figures, so P-1 ranks first by id. Education pays the EHCP's education component and
    // social care the core, so the funders' weekly figures are £333.33 and £1,000.00: £1,333.33, the weekly cost.
    private static final String CASE = """
            {"authority": "Pennies", "asOf": "2026-11-23",
             "financialYear": {"start": "2026-04-01", "end": "2027-03-31", "placementBudget": 100000.005},
             "placements": [
              {"id": "P-2", "child": {"ref": "C-2", "birthMonth": "2012-05", "ehcp": true},
               "type": "EXTERNAL_CHILDRENS_HOME", "start": "2025-01-01", "weeksPerYear": 52,
               "weekly": {"core": 1000.004, "education": 333.334}},
              {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05", "ehcp": true},
               "type": "EXTERNAL_CHILDRENS_HOME", "start": "2025-01-01", "weeksPerYear": 52,
               "weekly": {"core": 1000.001, "education": 333.330}}
             ]}""";

    @TempDir
    Path dir;

    private Path caseFile() throws IOException {
        Path file = dir.resolve("pennies.json");
        Files.writeString(file, CASE);
        return file;
    }

    @Test
    void amountsAreReadToThePennyTiesSortByIdAndTheFundersAddUpToTheWeeklyCost() throws IOException {
        CliTest.Run r = CliTest.run("review", caseFile().toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode review = ReviewJson.MAPPER.readTree(r.out());
        assertThat(review.at("/top/0/placementId").asText()).isEqualTo("P-1");
        assertThat(review.at("/top/1/placementId").asText()).isEqualTo("P-2");
        for (JsonNode p : review.get("top")) {
            BigDecimal weekly = p.get("weeklyCost").decimalValue();
            assertThat(weekly).isEqualByComparingTo("1333.33");
            JsonNode split = p.get("apportionment");
            BigDecimal funders = split.at("/education/weekly").decimalValue()
                    .add(split.at("/health/weekly").decimalValue()).add(split.at("/socialCare/weekly").decimalValue());
            assertThat(funders).as(p.get("placementId").asText()).isEqualByComparingTo(weekly);
        }
        assertThat(review.get("rejected")).isEmpty();
        // the budget, P-2's two amounts and P-1's core had more than two decimals: noted, not rejected (333.330 is
        // in pence already: no note)
        assertThat(review.get("notes")).extracting(n -> n.get("id").asText() + " " + n.get("field").asText())
                .containsExactly("(header) financialYear.placementBudget", "P-2 weekly.core", "P-2 weekly.education",
                        "P-1 weekly.core");
        assertThat(review.at("/financialYear/placementBudget").decimalValue()).isEqualByComparingTo("100000.01");
    }

    @Test
    void thePackListsTheNotesInAnAppendix() throws IOException {
        CliTest.Run r = CliTest.run("review", caseFile().toString(), "--format", "html");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Appendix C: values read with a change",
                "<td>weekly.education</td><td>333.334 has more than two decimal places: read as 333.33");
    }

    @Test
    void validateListsTheNotes() throws IOException {
        CliTest.Run r = CliTest.run("validate", caseFile().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Notes on values read", "P-2: weekly.core: 1000.004 has more than two decimal"
                + " places: read as 1000.00 (rounded half-up to the penny)");
    }

    @Test
    void aReviewDateOutsideTheFinancialYearExitsTwoWithOneLineNamingBoth() throws IOException {
        CliTest.Run r = CliTest.run("review", caseFile().toString(), "--as-of", "2027-04-02");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("asOf 2027-04-02", "outside the financial year 2026-04-01 to 2027-03-31");
    }
}
