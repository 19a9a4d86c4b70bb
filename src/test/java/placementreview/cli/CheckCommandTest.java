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
    private static final String ONE_CHILD = "cases/examples/one-child.json";

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
        assertThat(out).contains("Could this child safely move to a family setting or a less intensive placement?",
                "A less intensive placement (not a family setting): out-of-area home to in-house children's home."
                        + " No route to a family setting is open.",
                "✓ Aged 12: within the step-down age band 7 to 17",
                "✗ School attendance 80%: below 90%",
                "* Out-of-area home to in-house children's home (preferred) - an in-house children's home place is available",
                "School attendance of at least 90%",
                "this alone would open: residential to in-house foster care; residential to specialist",
                // (5,500.00 - the in-house home's £2,462.91 at 2026-27 prices) a week
                "saves £3,037.09 a week");
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
                "Not now: no step-down route is open. Nearly open if one thing changed:",
                "? Record the child's view on a move");
    }

    @Test
    void jsonHasCriteriaCandidatesAndNearlyEligible() throws Exception {
        Run r = run("check", ROUTES, "--placement", "P-R1-RES-IN-AREA", "--format", "json", "--rules", "rules");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("answer").asText()).isEqualTo("FAMILY");
        assertThat(json.path("question").asText()).startsWith("Could this child safely move to a family setting");
        assertThat(json.path("caseloadConsidered").asBoolean()).isTrue();
        assertThat(json.path("criteria")).hasSize(15);
        assertThat(json.path("candidates").get(0).path("route").asText()).isEqualTo("residential-to-in-house-foster");
        assertThat(json.path("candidates").get(0).path("preferred").asBoolean()).isTrue();
        assertThat(json.path("candidates").get(0).path("fullYearSaving").decimalValue()).isEqualByComparingTo("214852.56");
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
        assertThat(r.err()).contains("no placement or child P-NOPE in the case file; nearest: ");
    }

    @Test
    void unknownPlacementNamesTheNearestIds() {
        Run r = run("check", ROUTES, "--placement", "P-R1-RES-IN-ARAE", "--rules", "rules");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no placement or child P-R1-RES-IN-ARAE in the case file; nearest: P-R1-RES-IN-AREA");
    }

    @Test
    void aChildReferenceOrAPlacementIdInAnyCaseFindsThePlacement() throws Exception {
        for (String asTyped : new String[] {"c-2to1", "C-2TO1", "p-2to1"}) {
            Run r = run("check", ONE_CHILD, "--placement", asTyped, "--format", "json", "--rules", "rules");
            assertThat(r.code()).as(asTyped + ": " + r.err()).isZero();
            assertThat(new ObjectMapper().readTree(r.out()).path("placementId").asText()).isEqualTo("P-2TO1");
        }
    }

    @Test
    void twoToOneForBehaviourGetsNoFamilyRouteAndSaysWhy() {
        Run r = run("check", ONE_CHILD, "--placement", "C-2TO1", "--rules", "rules");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(
                "A less intensive placement (not a family setting): out-of-area home to in-house children's home.",
                "Standing in the way: ✗ Staffed 2:1 for behaviour or risk: 2:1 or more rules out a family setting",
                "✗ Staffing for behaviour below 2:1, sustained over time")
                .doesNotContain("Residential to in-house foster care:");
    }

    @Test
    void aOnePlacementFileIsCheckedWithTheHeaderCapacityAndSaysTheCaseloadWasNotWeighed() throws Exception {
        Run text = run("check", ONE_CHILD, "--placement", "P-2TO1", "--rules", "rules");
        assertThat(text.out()).contains("Capacity was taken from the case file's header (in-house foster vacancies 5,"
                + " in-house residential beds 5, supported accommodation units 0); allocation across the caseload was"
                + " not considered", "an in-house children's home place is available");
        JsonNode json = new ObjectMapper().readTree(run("check", ONE_CHILD, "--placement", "P-2TO1", "--format",
                "json", "--rules", "rules").out());
        assertThat(json.path("caseloadConsidered").asBoolean()).isFalse();
        assertThat(json.path("capacityNote").asText()).contains("allocation across the caseload was not considered");
        assertThat(json.path("answer").asText()).isEqualTo("LESS_INTENSIVE");
    }

    @Test
    void htmlIsOnePrintablePageWithCostsOnlyWhenAskedFor() {
        Run plain = run("check", ONE_CHILD, "--placement", "C-2TO1", "--format", "html", "--rules", "rules");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("<!DOCTYPE html>").contains("@page { size: A4;",
                "<h2 id=\"question\">Could this child safely move to a family setting or a less intensive placement?</h2>",
                "A less intensive placement (not a family setting)",
                "<td class=\"mark\" title=\"NOT_MET\">✗</td><td>Staffed 2:1 for behaviour or risk",
                "Staffing for behaviour below 2:1, sustained over time", "Costs are not shown on this page.")
                .doesNotContain("£");
        Run costed = run("check", ONE_CHILD, "--placement", "C-2TO1", "--format", "html", "--with-costs",
                "--rules", "rules");
        assertThat(costed.out()).contains("Costs (estimates)", "£339,928.68", "If opened: Residential to in-house"
                + " foster care").doesNotContain("Costs are not shown");
    }

    @Test
    void htmlEscapesWhatTheCaseFileSays() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("check", ".json");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(java.nio.file.Path.of(ONE_CHILD))
                .replace("\"ref\": \"C-2TO1\"", "\"ref\": \"C-<b>\""));
        Run r = run("check", file.toString(), "--placement", "c-<B>", "--format", "html", "--rules", "rules");
        java.nio.file.Files.delete(file);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("child C-&lt;b&gt;").doesNotContain("<b>");
    }
}
