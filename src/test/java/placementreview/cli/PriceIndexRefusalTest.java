package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.cli.CliTest.DEMO;
import static placementreview.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;
import placementreview.testing.RuleFolders;

/**
 * A rate priced in a year the price index does not give, or a review in such a year, cannot be uplifted: the run
 * stops with exit 2 and one line naming the index table and the year, before anything is reviewed.
 */
class PriceIndexRefusalTest {
    @TempDir
    Path dir;

    private Path shippedWithout(String indexRow) throws IOException {
        Path rules = RuleFolders.shipped(dir.resolve("rules"));
        Path index = rules.resolve("reference/price-index.csv");
        String without = Files.readString(index).lines().filter(l -> !l.startsWith(indexRow + ","))
                .reduce("", (a, l) -> a + l + "\n");
        Files.writeString(index, without);
        return rules;
    }

    private static void assertOneLineRefusal(Run r, String... parts) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("placement-review: ")
                .contains(parts).doesNotContain("Exception");
    }

    @Test
    void aRatesPriceYearMissingFromTheIndexStopsTheLoad() throws IOException {
        // the IFA benchmark (CMA, 2020 prices) is priced 2020-21
        Path rules = shippedWithout("2020-21");
        assertOneLineRefusal(run("rules", "--rules", rules.toString()),
                rules.resolve("reference/price-index.csv") + ": no index value for the financial year 2020-21",
                "needed for the rate at " + rules.resolve("reference/benchmark-rates.csv") + ":4",
                "add a row for 2020-21");
    }

    @Test
    void theReviewsFinancialYearMissingFromTheIndexStopsTheReview() throws IOException {
        // no rate is priced 2026-27, so the rules load; the demo is reviewed in 2026-27
        Path rules = shippedWithout("2026-27");
        assertThat(run("rules", "--rules", rules.toString()).code()).isZero();
        assertOneLineRefusal(run("review", DEMO, "--rules", rules.toString()),
                "price-index.csv: no index value for the financial year 2026-27",
                "needed for the review's financial year");
    }

    @Test
    void aYearWrittenOtherwiseIsRefusedNamingTheRow() throws IOException {
        Path rules = RuleFolders.shipped(dir.resolve("rules"));
        Path rates = rules.resolve("reference/framework-rates.csv");
        Files.writeString(rates, Files.readString(rates).replace("5200.00,2025-26,", "5200.00,2025,"));
        assertOneLineRefusal(run("rules", "--rules", rules.toString()),
                rates + ":2: column priceYear is not a financial year written like 2020-21: 2025");
    }

    @Test
    void aPricedParametersYearWrittenOtherwiseIsRefusedNamingTheRow() throws IOException {
        Path rules = RuleFolders.shipped(dir.resolve("rules"));
        Path parameters = rules.resolve("reference/parameters-cost-reduction.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("646.00,pounds a week,2016-17,",
                "646.00,pounds a week,2016,"));
        assertOneLineRefusal(run("rules", "--rules", rules.toString()),
                parameters + ":7: column priceYear is not a financial year written like 2020-21: 2016");
    }
}
