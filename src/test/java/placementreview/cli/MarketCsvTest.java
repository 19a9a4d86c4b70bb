package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.cli.CliTest.DEMO;
import static placementreview.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.cli.CliTest.Run;
import placementreview.report.ReviewJson;

/** review --format csv --section market: the council's own market, row for row the review JSON's market[]. */
class MarketCsvTest {
    private static final String HEADER = "type,band,count,lowerQuartile,median,upperQuartile,publishedBenchmark,"
            + "usedAsBenchmark,priceYear,rulebaseVersion";

    @Test
    void oneGroupOfOnePlacementIsItsOwnQuartilesWithThePublishedBenchmarkAtThisYearsPrices() {
        Run r = run("review", "cases/examples/one-child.json", "--as-of", "2026-11-23", "--format", "csv",
                "--section", "market");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2).first().isEqualTo(HEADER);
        // one external children's home at £9,000 a week, need band not settled (no DST profile); the NAO benchmark
        // £6,120.00 at 2023-24 prices x 134.4 / 123.0 = £6,687.22 at 2026-27 prices; a group of one is no benchmark
        assertThat(lines.get(1)).startsWith("EXTERNAL_CHILDRENS_HOME,,1,9000.00,9000.00,9000.00,6687.22,no,2026-27,");
    }

    @Test
    void theDemoMarketCsvHasTheJsonMarketsGroupsInTheSameOrder() throws Exception {
        Run csv = run("review", DEMO, "--format", "csv", "--section", "market");
        JsonNode json = ReviewJson.MAPPER.readTree(run("review", DEMO, "--format", "json").out());
        assertThat(csv.code()).isZero();
        // no cell holds a comma or a quote; long cells are quoted, so the quotes are dropped to compare
        List<String> rows = csv.out().lines().skip(1).map(row -> row.replace("\"", "")).toList();
        JsonNode market = json.get("market");
        assertThat(rows).hasSize(market.size()).hasSizeGreaterThan(5);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode m = market.get(i);
            String expected = String.join(",", m.get("type").asText(), m.get("band").isNull() ? "" : m.get("band").asText(),
                    m.get("count").asText(), pence(m, "lowerQuartile"), pence(m, "median"), pence(m, "upperQuartile"),
                    m.get("publishedBenchmark").isNull() ? "" : pence(m, "publishedBenchmark"),
                    m.get("usedAsBenchmark").asBoolean() ? "yes" : "no", json.get("benchmarks").get("priceYear").asText());
            assertThat(rows.get(i)).as("row %d", i + 1).startsWith(expected + ",")
                    .endsWith("," + json.get("rulebaseVersion").asText());
        }
        assertThat(rows).anyMatch(row -> row.contains(",yes,2026-27,"));
    }

    @Test
    void anUnknownSectionNamesTheThree() {
        Run r = run("review", DEMO, "--format", "csv", "--section", "providers");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("section must be placements, options or market, not providers");
    }

    private static String pence(JsonNode node, String field) {
        return node.get(field).decimalValue().setScale(2).toPlainString();
    }
}
