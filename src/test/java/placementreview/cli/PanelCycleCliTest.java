package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.store.TestDatabases;

/**
 * The panel's monthly cycle end to end, in-process, on H2 and on PostgreSQL: September's review recorded, the
 * panel's decisions on it (one changed, bad references refused with nothing written), October's review recorded and
 * compared with September's, every delivery status at its boundary, replay of October identical, a placement's
 * history. Two small case files of one authority, made here; every figure is worked out in the comments.
 */
class PanelCycleCliTest {
    private static final Pattern RECORDED = Pattern.compile("recorded receipt ([0-9a-f-]{36})");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMonthOfThePanelsCycleRecordsDecisionsAndTracksTheirDelivery(TestDatabases kind) throws IOException {
        String db = kind.fresh().url();
        // September: five children's home places at £7,687.22 a week (CR-02: £1,000 above the £6,687.22 benchmark at
        // 2026-27 prices; 50% achievable, £500 a week) and a sixth at £5,000 outside the top 5.
        Path september = caseFile("2026-09-30", List.of(place("P-A", "7687.22"), place("P-B", "7687.22"),
                place("P-C", "7687.22"), place("P-D", "7687.22"), place("P-E", "7687.22"), place("P-G", "5000.00")));
        String sep = record(september, db);

        // the panel's decisions on September's options
        assertThat(decide(db, sep, "P-A", "CR-02", "AGREED", "2026-10-31").code()).isZero();
        assertThat(decide(db, sep, "P-B", "CR-02", "AGREED", "2026-10-31").code()).isZero();
        assertThat(decide(db, sep, "P-C", "CR-02", "AGREED", "2026-10-31").code()).isZero(); // due on October's day
        assertThat(decide(db, sep, "P-D", "CR-02", "REJECTED", "2026-10-15").code()).isZero();
        assertThat(decide(db, sep, "P-D", "CR-02", "AGREED", "2026-10-15").code()).isZero(); // changes the above
        assertThat(decide(db, sep, "P-E", "CR-02", "AGREED", "2026-10-31").code()).isZero();

        // bad references: exit 2, the reason, nothing written
        String before = run("decisions", "--db", db, "--format", "json").out();
        CliTest.Run unknown = decide(db, "01234567-89ab-7cde-8f01-23456789abcd", "P-A", "CR-02", "AGREED", "2026-10-31");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no receipt 01234567-89ab-7cde-8f01-23456789abcd");
        CliTest.Run notShown = decide(db, sep, "P-G", "CR-02", "AGREED", "2026-10-31");
        assertThat(notShown.code()).isEqualTo(2);
        assertThat(notShown.err()).contains("placement P-G is not in receipt " + sep);
        CliTest.Run noOption = decide(db, sep, "P-A", "CR-01", "AGREED", "2026-10-31");
        assertThat(noOption.code()).isEqualTo(2);
        assertThat(noOption.err()).contains("option CR-01 not found for placement P-A in receipt " + sep);
        assertThat(run("decisions", "--db", db, "--format", "json").out()).isEqualTo(before);

        // October: P-A's fee down by exactly the target (£500), P-B's by a penny less, P-C and P-D unchanged, P-E
        // ended, P-F new at £12,000.
        Path october = caseFile("2026-10-31", List.of(place("P-A", "7187.22"), place("P-B", "7187.23"),
                place("P-C", "7687.22"), place("P-D", "7687.22"), place("P-F", "12000.00"), place("P-G", "5000.00")));
        Path out = dir.resolve("october.json");
        CliTest.Run oct = run("review", october.toString(), "--top", "5", "--format", "json", "--record", "--db", db,
                "--out", out.toString());
        assertThat(oct.code()).as(oct.err()).isZero();
        JsonNode since = JSON.readTree(out.toFile()).path("sinceLast");

        assertThat(since.path("previousReceipt").path("id").asText()).isEqualTo(sep);
        assertThat(ids(since.path("enteredTop"))).containsExactly("P-F");
        assertThat(since.path("enteredTop").get(0).path("previousRank").isNull()).isTrue();
        assertThat(ids(since.path("leftTop"))).containsExactly("P-E");
        assertThat(since.path("leftTop").get(0).path("rank").isNull()).isTrue();
        assertThat(ids(since.path("ended"))).containsExactly("P-E");
        assertThat(ids(since.path("newPlacements"))).containsExactly("P-F");
        assertThat(ids(since.path("costChanges"))).containsExactly("P-A", "P-B"); // -500.00, then -499.99

        JsonNode actions = since.path("actions");
        assertThat(actions).hasSize(5);
        // in due-date order, then placement: P-D (15 Oct), then P-A, P-B, P-C, P-E (31 Oct)
        assertThat(statuses(actions)).containsExactly("P-D OVERDUE", "P-A DELIVERED", "P-B PARTLY", "P-C NOT_YET",
                "P-E ENDED");
        JsonNode a = actions.get(1);
        assertThat(money(a.path("plannedWeekly"))).isEqualTo("500.00");
        assertThat(money(a.path("deliveredWeekly"))).isEqualTo("500.00");
        // from 31 Oct 2026 (the first review showing the fall) to 31 Mar 2027: 152 days; 500 x 52 x 152 / 364
        assertThat(money(a.path("deliveredInYear"))).isEqualTo("10857.14");
        assertThat(money(a.path("deliveredFullYear"))).isEqualTo("26000.00"); // 500 x 52
        assertThat(a.path("deliveredFrom").asText()).isEqualTo("2026-10-31");
        JsonNode b = actions.get(2);
        assertThat(money(b.path("deliveredWeekly"))).isEqualTo("499.99");
        // 499.99 x 52 x 152 / 364 = 10856.925...; 499.99 x 52
        assertThat(money(b.path("deliveredInYear"))).isEqualTo("10856.93");
        assertThat(money(b.path("deliveredFullYear"))).isEqualTo("25999.48");
        assertThat(money(actions.get(0).path("deliveredWeekly"))).isEqualTo("0.00");

        JsonNode totals = since.path("totals");
        // planned, ended apart: P-D from 15 Oct (168 days: 26000 x 168 / 364 = 12000.00) + three from 31 Oct
        // (10857.14 each) = 44571.42 in year; weekly 4 x 500
        assertThat(money(totals.path("planned").path("weekly"))).isEqualTo("2000.00");
        assertThat(money(totals.path("planned").path("inYear"))).isEqualTo("44571.42");
        assertThat(money(totals.path("delivered").path("weekly"))).isEqualTo("999.99");
        assertThat(money(totals.path("delivered").path("inYear"))).isEqualTo("21714.07");
        assertThat(money(totals.path("plannedOnEnded").path("weekly"))).isEqualTo("500.00");
        assertThat(totals.path("byStatus").path("ENDED").asInt()).isEqualTo(1);

        // the table says the same
        CliTest.Run table = run("review", october.toString(), "--top", "5", "--record", "--db", db, "--since", sep);
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out()).contains("Since the last panel", "Compared with the review of 2026-09-30",
                "Agreed actions: 5 (1 delivered, 1 partly, 1 not yet, 1 overdue, 1 ended)", "P-B", "PARTLY");

        // replay re-works "since the last panel" as the review saw it, although decisions came after
        Matcher m = RECORDED.matcher(oct.err());
        assertThat(m.find()).isTrue();
        assertThat(decide(db, sep, "P-C", "CR-02", "DEFERRED", "2026-12-31").code()).isZero();
        CliTest.Run replay = run("replay", m.group(1), "--db", db);
        assertThat(replay.code()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("identical");

        // the decisions: P-D's rejection superseded; open ones are those not delivered and in force
        JsonNode listed = JSON.readTree(run("decisions", "--db", db, "--format", "json").out()).path("decisions");
        assertThat(listed).hasSize(7);
        assertThat(listed.get(3).path("decision").asText()).isEqualTo("REJECTED");
        assertThat(listed.get(3).path("inForce").asBoolean()).isFalse();
        assertThat(listed.get(3).path("supersededBy").asText()).isEqualTo(listed.get(4).path("id").asText());
        JsonNode open = JSON.readTree(run("decisions", "--open", "--db", db, "--format", "json").out())
                .path("decisions");
        List<String> openOnes = new ArrayList<>();
        open.forEach(d -> openOnes.add(d.path("placementId").asText() + " " + d.path("decision").asText()));
        assertThat(openOnes).containsExactly("P-B AGREED", "P-D AGREED", "P-C DEFERRED");

        JsonNode history = JSON.readTree(run("history", "--placement", "P-A", "--db", db, "--format", "json").out());
        assertThat(history.path("reviews")).hasSize(3);
        assertThat(money(history.path("reviews").get(0).path("councilWeeklyCost"))).isEqualTo("7687.22");
        assertThat(history.path("reviews").get(0).path("decisions").get(0).path("decision").asText())
                .isEqualTo("AGREED");
        assertThat(money(history.path("reviews").get(1).path("councilWeeklyCost"))).isEqualTo("7187.22");
    }

    private String record(Path file, String db) {
        CliTest.Run r = run("review", file.toString(), "--top", "5", "--format", "json", "--record", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = RECORDED.matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        return m.group(1);
    }

    private static CliTest.Run decide(String db, String receipt, String placement, String option, String decision,
                                      String due) {
        return run("decide", receipt, "--placement", placement, "--option", option, "--decision", decision,
                "--owner", "Commissioning lead", "--due", due, "--db", db);
    }

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** A money field as the output wrote it, to the penny. */
    private static String money(JsonNode node) {
        return node.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("placementId").asText()));
        return ids;
    }

    private static List<String> statuses(JsonNode actions) {
        List<String> out = new ArrayList<>();
        actions.forEach(n -> out.add(n.path("placementId").asText() + " " + n.path("status").asText()));
        return out;
    }

    private static String place(String id, String core) {
        return "{\"id\": \"" + id + "\", \"child\": {\"ref\": \"C-" + id + "\", \"birthMonth\": \"2012-01\"}, "
                + "\"type\": \"EXTERNAL_CHILDRENS_HOME\", \"start\": \"2025-01-01\", \"weeksPerYear\": 52, "
                + "\"weekly\": {\"core\": " + core + "}}";
    }

    private Path caseFile(String asOf, List<String> placements) throws IOException {
        Path file = dir.resolve("cycle-" + asOf + ".json");
        Files.writeString(file, "{\"authority\": \"Cycle Council\", \"asOf\": \"" + asOf + "\", "
                + "\"financialYear\": {\"start\": \"2026-04-01\", \"end\": \"2027-03-31\"}, \"placements\": ["
                + String.join(", ", placements) + "]}");
        return file;
    }
}
