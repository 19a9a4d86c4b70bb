package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The check command end to end (in process), over a scenario case file and the project's rules folder. */
class CheckCommandTest {
    private static final String ROUTES = "cases/scenarios/step-down/routes.json";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlacementReviewCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void plainEnglishFirstThenRoutesThenWhatToChangeThenCosts() {
        Run r = run("check", ROUTES, "--placement", "P-R8-OOA-ATTENDANCE", "--rules", "rules");
        assertThat(r.code()).isZero();
        String out = r.out();
        assertThat(out).contains("Could this child step down to a family setting or a less intensive placement?",
                "Yes: 1 route(s) open. The preferred one is out-of-area home to in-house children's home.",
                "✓ Aged 12: within the step-down age band 7 to 17",
                "✗ School attendance 80%: below 90%",
                "* Out-of-area home to in-house children's home (preferred) - an in-house children's home place is available",
                "School attendance of at least 90%",
                "this alone would open: residential to in-house foster care; residential to specialist",
                "saves £3,246.00 a week");
        assertThat(out.indexOf("What the rules found")).isLessThan(out.indexOf("Routes open"));
        assertThat(out.indexOf("Routes open")).isLessThan(out.indexOf("What would have to change"));
        assertThat(out.indexOf("What would have to change")).isLessThan(out.indexOf("Costs (estimates)"));
        assertThat(out.indexOf("Costs (estimates)")).isLessThan(out.indexOf("£"));
    }

    @Test
    void unknownDataShowsAQuestionMark() {
        Run r = run("check", "cases/scenarios/step-down/criteria-boundaries.json", "--placement", "P-VIEW-UNKNOWN",
                "--rules", "rules");
        assertThat(r.out()).contains("? The child's view on a move is not recorded",
                "Not yet: one thing stands in the way of", "? Record the child's view on a move");
    }

    @Test
    void jsonHasCriteriaCandidatesAndNearlyEligible() throws Exception {
        Run r = run("check", ROUTES, "--placement", "P-R1-RES-IN-AREA", "--format", "json", "--rules", "rules");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("answer").asText()).isEqualTo("YES");
        assertThat(json.path("criteria")).hasSize(10);
        assertThat(json.path("candidates").get(0).path("route").asText()).isEqualTo("residential-to-in-house-foster");
        assertThat(json.path("candidates").get(0).path("preferred").asBoolean()).isTrue();
        assertThat(json.path("candidates").get(0).path("fullYearSaving").decimalValue()).isEqualByComparingTo("226408.00");
        assertThat(json.path("nearlyEligible").isArray()).isTrue();
    }

    @Test
    void jsonToAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("check.json");
        Run r = run("check", ROUTES, "--placement", "P-R2-IFA", "--format", "json", "--out", file.toString(),
                "--rules", "rules");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("candidates").get(0).path("route").asText()).isEqualTo("ifa-to-in-house-foster");
    }

    @Test
    void fosterPlacementIsOutsideStepDown() {
        Run r = run("check", "cases/scenarios/step-down/criteria-boundaries.json", "--placement", "P-FOSTER",
                "--rules", "rules");
        assertThat(r.out()).contains("Step-down does not apply to this placement.", "✗ Placed in In-house foster care")
                .doesNotContain("Costs (estimates)");
    }

    @Test
    void unknownPlacementIsUnusableInput() {
        Run r = run("check", ROUTES, "--placement", "P-NOPE", "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("placement P-NOPE is not in the case file");
    }
}
