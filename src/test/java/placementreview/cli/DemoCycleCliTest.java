package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.store.TestDatabases;

/**
 * The demo cycle of docs/demo-cycle.md on H2 and on PostgreSQL: its reviews (recorded as JSON here, to read
 * sinceLast) and decisions, and the statuses and totals the page tells the reader to check by hand; November's pack,
 * compared with October, has the page.
 */
class DemoCycleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theThreeDemoMonthsGiveTheStatusesAndTotalsTheDocsShow(TestDatabases kind) throws IOException {
        String db = kind.fresh().url();
        JsonNode september = review("2026-09", db);
        assertThat(september.has("sinceLast")).as("the first recorded review has nothing to compare with").isTrue();
        assertThat(september.path("sinceLast").path("previousReceipt").isNull()).isTrue();
        String sep = september.path("receipt").path("id").asText();

        decide(db, sep, "P-00049", "CR-02", "AGREED", "Commissioning", "2026-10-31", "3000");
        decide(db, sep, "P-00066", "CR-02", "AGREED", "Commissioning", "2026-10-31", "2500");
        decide(db, sep, "P-00021", "CR-03", "AGREED", "Commissioning", "2026-11-30", "1000");
        decide(db, sep, "P-00009", "CR-04", "AGREED", "Placements team", "2026-10-16", null);
        decide(db, sep, "P-00084", "SD-40", "AGREED", "Social work team 3", "2027-01-31", null);
        decide(db, sep, "P-00030", "SD-40", "AGREED", "Social work team 1", "2026-12-31", null);
        decide(db, sep, "P-00092", "CR-04", "REJECTED", "Commissioning", "2026-10-31", null);
        decide(db, sep, "P-00096", "AP-13", "MORE_INFORMATION", "Health partnership", "2026-10-31", null);

        JsonNode octoberReview = review("2026-10", db);
        JsonNode october = octoberReview.path("sinceLast");
        assertThat(october.path("previousReceipt").path("id").asText()).isEqualTo(sep);
        assertThat(ids(october.path("enteredTop"))).containsExactlyInAnyOrder("P-00151", "P-00152");
        assertThat(ids(october.path("leftTop"))).containsExactlyInAnyOrder("P-00030", "P-00045");
        assertThat(ids(october.path("ended"))).containsExactly("P-00030");
        assertThat(ids(october.path("newPlacements"))).containsExactlyInAnyOrder("P-00151", "P-00152");
        // the rejected and the more-information decisions are not actions
        assertThat(statuses(october)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "P-00049 CR-02", "DELIVERED 3000.00", // fell by exactly the target
                "P-00066 CR-02", "DELIVERED 2750.00", // by more than the target of 2500
                "P-00021 CR-03", "PARTLY 600.00", // by 600 of 1000
                "P-00009 CR-04", "OVERDUE 0.00", // due 16 October, not fallen by the 23rd
                "P-00084 SD-40", "NOT_YET 0.00", // due January
                "P-00030 SD-40", "ENDED 0.00")); // no longer on the caseload
        // 3000 + 2500 + 1000 + 3615.62 + 9060.08 planned (the rules' own figures for CR-04 and SD-40, at 2026-27
        // prices), the ended 7998.87 apart; 3000 + 2750 + 600 delivered
        assertMoney(october.path("totals").path("planned").path("weekly"), "19175.70");
        assertMoney(october.path("totals").path("delivered").path("weekly"), "6350.00");
        assertMoney(october.path("totals").path("plannedOnEnded").path("weekly"), "7998.87");
        // P-00049: £3,000 a week from 23 October, 160 days to 31 March and a full year inside its planned end
        assertMoney(action(october, "P-00049").path("deliveredInYear"), "68571.43");
        assertMoney(action(october, "P-00049").path("deliveredFullYear"), "156000.00");

        String oct = octoberReview.path("receipt").path("id").asText();
        decide(db, oct, "P-00151", "CR-02", "AGREED", "Commissioning", "2026-11-20", "2000");
        decide(db, oct, "P-00152", "CR-04", "DEFERRED", "Commissioning", "2026-12-15", null);

        JsonNode november = review("2026-11", db).path("sinceLast");
        assertThat(november.path("previousReceipt").path("id").asText()).isEqualTo(oct);
        assertThat(ids(november.path("enteredTop"))).isEmpty();
        assertThat(ids(november.path("leftTop"))).isEmpty();
        assertThat(statuses(november)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "P-00049 CR-02", "DELIVERED 3000.00",
                "P-00066 CR-02", "DELIVERED 2750.00",
                "P-00021 CR-03", "DELIVERED 1000.00", // 600 in October and 400 more: the target, a month late
                "P-00151 CR-02", "DELIVERED 2000.00",
                "P-00009 CR-04", "OVERDUE 0.00",
                "P-00084 SD-40", "NOT_YET 0.00",
                "P-00030 SD-40", "ENDED 0.00"));
        assertMoney(november.path("totals").path("planned").path("weekly"), "21175.70");
        assertMoney(november.path("totals").path("delivered").path("weekly"), "8750.00");

        // the pack of November's panel, compared with October, has the page
        Path pack = dir.resolve("november-pack.html");
        CliRun.Result html = CliRun.run("review", "cases/demo/demo-authority-2026-11.json", "--record", "--db", db,
                "--since", oct, "--format", "html", "--out", pack.toString());
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(Files.readString(pack)).contains("<h2>Since the last panel</h2>",
                "7 agreed actions in force: 4 delivered, 0 partly delivered, 1 not yet due, 1 overdue; 1 on a "
                        + "placement that ended", "£21,175.70", "£8,750.00");
    }

    private JsonNode review(String month, String db) throws IOException {
        Path out = dir.resolve(month + ".json");
        CliRun.Result r = CliRun.run("review", "cases/demo/demo-authority-" + month + ".json", "--record", "--db", db,
                "--format", "json", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(out.toFile());
    }

    private static void decide(String db, String receipt, String placement, String option, String decision,
                               String owner, String due, String target) {
        List<String> args = new ArrayList<>(List.of("decide", receipt, "--db", db, "--placement", placement,
                "--option", option, "--decision", decision, "--owner", owner, "--due", due));
        if (target != null) {
            args.addAll(List.of("--target-weekly", target));
        }
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static Map<String, String> statuses(JsonNode since) {
        Map<String, String> statuses = new LinkedHashMap<>();
        since.path("actions").forEach(a -> statuses.put(a.path("placementId").asText() + " " + a.path("ruleId")
                .asText(), a.path("status").asText() + " " + a.path("deliveredWeekly").decimalValue().setScale(2)));
        return statuses;
    }

    private static JsonNode action(JsonNode since, String placement) {
        for (JsonNode a : since.path("actions")) {
            if (placement.equals(a.path("placementId").asText())) {
                return a;
            }
        }
        throw new AssertionError("no action on " + placement);
    }

    private static List<String> ids(JsonNode moves) {
        List<String> ids = new ArrayList<>();
        moves.forEach(m -> ids.add(m.path("placementId").asText()));
        return ids;
    }

    private static void assertMoney(JsonNode value, String expected) {
        assertThat(value.decimalValue()).as(value.toString()).isEqualByComparingTo(new BigDecimal(expected));
    }
}
