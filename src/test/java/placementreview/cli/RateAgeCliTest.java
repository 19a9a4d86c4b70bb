package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import placementreview.cli.CliTest.Run;
import placementreview.report.ReviewJson;

/** The rule catalogue lists every reference rate with its price year and flags those more than five years old. */
class RateAgeCliTest {

    @Test
    void aRateMoreThanFiveYearsOlderThanTheCurrentYearIsFlagged() {
        Run r = run("rules", "--as-of", "2026-06-01");
        assertThat(r.code()).isZero();
        // PSSRU 2017 is at 2016-17 prices: ten years before 2026-27
        assertThat(r.out()).contains("ages counted against 2026-27")
                .containsPattern("OLD  \\S*benchmark-rates.csv:2  IN_HOUSE_FOSTER benchmark: 646.00 a week at"
                        + " 2016-17 prices - more than 5 years old \\(10\\)")
                // the NAO figure is at 2023-24 prices: three years
                .containsPattern("\n     \\S*benchmark-rates.csv:6  EXTERNAL_CHILDRENS_HOME benchmark: 6120.00 a week"
                        + " at 2023-24 prices\n");
    }

    @Test
    void aParameterThatIsAPriceIsListedWithItsAgeAndPolicyLinesAreNot() {
        Run r = run("rules", "--as-of", "2026-06-01");
        assertThat(r.out()).containsPattern("OLD  \\S*parameters-cost-reduction.csv:7  parameter holiday-care-weekly:"
                        + " 646.00 a week at 2016-17 prices - more than 5 years old \\(10\\)")
                // thresholds are policy lines at face value: no price year, not among the rates
                .doesNotContain("parameter very-high-cost-weekly").doesNotContain("parameter transport-weekly-threshold");
    }

    @Test
    void exactlyFiveYearsIsNotYetFlagged() throws Exception {
        // the CMA IFA price (2020-21) against 2025-26 is five years old; against 2026-27 six
        JsonNode fiveYears = ReviewJson.MAPPER.readTree(run("rules", "--format", "json", "--as-of", "2025-04-01").out());
        JsonNode sixYears = ReviewJson.MAPPER.readTree(run("rules", "--format", "json", "--as-of", "2026-04-01").out());
        assertThat(ifa(fiveYears).get("yearsOld").asInt()).isEqualTo(5);
        assertThat(ifa(fiveYears).get("olderThanFiveYears").asBoolean()).isFalse();
        assertThat(ifa(sixYears).get("olderThanFiveYears").asBoolean()).isTrue();
        assertThat(sixYears.get("ratesAgedAgainst").asText()).isEqualTo("2026-27");
    }

    private static JsonNode ifa(JsonNode catalogue) {
        for (JsonNode rate : catalogue.get("rates")) {
            if (rate.get("rate").asText().equals("IFA benchmark")) {
                assertThat(rate.get("priceYear").asText()).isEqualTo("2020-21");
                return rate;
            }
        }
        throw new AssertionError("no IFA benchmark in the catalogue's rates");
    }
}
