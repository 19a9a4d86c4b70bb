package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, outputs and determinism. The packaged rules come from target/classes. */
class CliTest {
    static final String DEMO = "cases/demo/demo-authority.json";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlacementReviewCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reviewOfTheDemoShowsTheTopFifteenWithFindingsAndExitsZero() {
        Run r = run("review", DEMO);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Demo Borough Council", "Rulebase ", "CR-01", "Whole caseload");
        assertThat(r.out().lines().filter(l -> l.matches("\\s+\\d+\\s+P-\\d{5}\\s+.*£.*")).count()).isEqualTo(15);
    }

    @Test
    void jsonOutputIsByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(run("review", DEMO, "--format", "json", "--out", a.toString(), "--threads", "2").code()).isZero();
        assertThat(run("review", DEMO, "--format", "json", "--out", b.toString(), "--threads", "1").code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        String json = Files.readString(a);
        assertThat(json).contains("\"rulebaseVersion\"", "\"top\"", "\"netAnnualCost\"", "\"findings\"",
                "\"inYearSaving\"", "\"totals\"");
    }

    @Test
    void rejectedRecordsGiveExitOneAndAreListedWhileTheRestAreReviewed() throws IOException {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, """
                {"asOf": "2026-11-23", "placements": [
                  {"id": "P-1", "child": {"ref": "C-1", "birthMonth": "2012-05"}, "type": "IFA",
                   "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900}},
                  {"id": "P-2", "child": {"ref": "C-2", "birthMonth": "2012-05"}, "type": "CASTLE",
                   "start": "2025-01-01", "weeksPerYear": 52, "weekly": {"core": 900}}]}""");
        Run review = run("review", file.toString(), "--format", "json");
        assertThat(review.code()).isEqualTo(1);
        assertThat(review.out()).contains("\"placementId\" : \"P-1\"", "\"id\" : \"P-2\"", "\"field\" : \"type\"");
        assertThat(review.err()).contains("1 record(s) rejected");
        Run validate = run("validate", file.toString());
        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("mixed.json: placement P-2: type: \"CASTLE\" is not allowed");
    }

    @Test
    void anUnusableFileGivesExitTwoWithOneLineAndNoStackTrace() throws IOException {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "these are not placements");
        Run r = run("review", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("notes.json: not valid JSON").doesNotContain("at placementreview");
    }

    @Test
    void aBrokenRuleFolderGivesExitTwoNamingFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("cost-reduction/bad.drl"), "package x\nrule \"r\" @id(\"X-1\") @policy(\"p\")\nwhen\n  Nonsense(\nthen\nend\n");
        Files.writeString(rules.resolve("cost-reduction/typo.drl"), "package costreduction\nimport "
                + "placementreview.model.Placement\nrule \"t\" @id(\"X-2\") @policy(\"p\")\nwhen\n  Placement( nosuchField > 3 )"
                + "\nthen\nend\n");
        Run r = run("review", DEMO, "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("do not compile")
                .contains(rules.resolve("cost-reduction/bad.drl") + ":")
                .contains(rules.resolve("cost-reduction/typo.drl") + ":5: ")
                .doesNotContain("cost-reduction_");
    }

    @Test
    void aMisspeltParameterInACopiedRuleFolderGivesExitTwoWithOneLineNamingFileLineAndTheClosestName()
            throws IOException {
        Path rules = copyOfRules();
        Path feeLevel = rules.resolve("cost-reduction/fee-level.drl");
        Files.writeString(feeLevel, Files.readString(feeLevel)
                .replaceFirst("name == \"negotiation-lead-weeks\"", "name == \"negotiaton-lead-weeks\""));
        int line = lineOf(feeLevel, "negotiaton-lead-weeks");
        Run r = run("review", DEMO, "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly("placement-review: " + feeLevel + ":" + line
                + ": parameter \"negotiaton-lead-weeks\" is not defined in reference/parameters*.csv"
                + " (closest: \"negotiation-lead-weeks\")");
    }

    @Test
    void aParameterNoRuleUsesIsOneWarningLineOnStderrAndTheReviewStillRuns() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("reference/parameters-extra.csv"),
                "name,value,unit,source\nretired-threshold,5,weeks,local default: no longer used\n");
        Run r = run("review", DEMO, "--rules", rules.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"rulebaseVersion\"");
        assertThat(r.err().lines().filter(l -> l.contains("warning")).toList()).containsExactly(
                "placement-review: warning: " + rules.resolve("reference/parameters-extra.csv")
                        + ":2: parameter \"retired-threshold\" is not used by any rule");
    }

    @Test
    void theShippedRulesLoadWithoutWarnings() {
        Run r = run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).doesNotContain("warning");
    }

    private Path copyOfRules() throws IOException {
        Path root = Path.of("rules");
        Path copy = dir.resolve("rules-copy");
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                Path target = copy.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void explainShowsEveryFiringWithItsSourceAndMatchedValues() {
        Run r = run("explain", DEMO, "--placement", "P-00049");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CR-02", "source:", "benchmark = ", "weeklyCost = ", "finding:");
    }

    @Test
    void explainOfAnUnknownPlacementSaysSo() {
        Run r = run("explain", DEMO, "--placement", "P-NOPE");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no placement or child P-NOPE in the case file; nearest: ");
    }

    @Test
    void rulesListsTheCatalogue() {
        Run r = run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CR-01", "rules/cost-reduction/fee-level.drl", "policy: LGA");
    }

    @Test
    void csvOutputHasAHeaderAndOneRowPerTopPlacement() {
        Run r = run("review", DEMO, "--format", "csv", "--top", "5");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).hasSize(6).first().asString().startsWith("rank,placementId,type");
    }

    @Test
    void theDemoGeneratorIsDeterministicAndMatchesTheCheckedInFile() throws IOException {
        Path out = dir.resolve("demo.json");
        assertThat(run("generate", "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(Path.of(DEMO)));
    }

    @Test
    void theHtmlPackAndTheOptionsCsvAreWritten() throws IOException {
        Path pack = dir.resolve("pack.html");
        assertThat(run("review", DEMO, "--format", "html", "--out", pack.toString()).code()).isZero();
        assertThat(Files.readString(pack)).startsWith("<!DOCTYPE html>").contains("The top 15 placements");
        Run options = run("review", DEMO, "--format", "csv", "--section", "options", "--top", "3");
        assertThat(options.out().lines().findFirst().orElseThrow()).startsWith("rank,placementId,ruleId,kind,family");
        assertThat(options.out()).contains("CR-02");
    }

    @Test
    void forecastShowsTheOutturnAgainstBudgetAndTheSlipScenarios() {
        Run r = run("forecast", DEMO, "--slips", "4,12");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Gross cost", "Less health and education contributions",
                "Net cost to the council", "Committed to planned end or year end", "over budget", "4 weeks",
                "12 weeks").doesNotContain("26 weeks");
        assertThat(r.out().lines().filter(l -> l.startsWith("P-"))).anyMatch(l -> l.contains(" planned end "))
                .anyMatch(l -> l.contains(" year end "));
        Run json = run("forecast", DEMO, "--format", "json");
        assertThat(json.out()).contains("\"outturn\"", "\"variancePercent\"", "\"slips\"", "\"costToDate\"",
                "\"net\"", "\"contributions\"", "\"committedStopsAt\" : \"PLANNED_END\"");
    }
}
