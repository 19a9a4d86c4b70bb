package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name a rule file shares with the reference tables is checked when the rules load. Each test edits one name in
 * a copy of the shipped rules/ and checks the load (links only: no compile) stops naming the file, the line, the
 * missing name and the closest defined one.
 */
class RuleLinksTest {
    @TempDir
    Path dir;

    @Test
    void theShippedRulesHaveNoBrokenLinkAndNoUnusedParameter() {
        RuleFolder shipped = RuleFolder.of(Path.of("rules"));
        assertThat(RuleLinks.check(shipped, ReferenceData.load(shipped).names())).isEmpty();
    }

    @Test
    void aMisspeltParameterStopsTheLoadNamingFileLineAndTheClosestName() throws IOException {
        Path rules = copyOfRules();
        int line = edit(rules, "cost-reduction/fee-level.drl", "name == \"very-high-cost-weekly\"",
                "name == \"very-high-cost-weeky\"");
        assertThatThrownBy(() -> links(rules))
                .isInstanceOf(RulebaseException.class)
                .hasMessage(rules.resolve("cost-reduction/fee-level.drl") + ":" + line
                        + ": parameter \"very-high-cost-weeky\" is not defined in reference/parameters*.csv"
                        + " (closest: \"very-high-cost-weekly\")");
    }

    @Test
    void aParameterMisspeltInTheReferenceTableStopsTheLoadAtEveryRuleThatUsesIt() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "reference/parameters-cost-reduction.csv", "transport-review-lead-weeks,",
                "transport-review-lead-week,");
        assertThatThrownBy(() -> links(rules))
                .hasMessageContaining("transport.drl:")
                .hasMessageContaining("parameter \"transport-review-lead-weeks\" is not defined")
                .hasMessageContaining("(closest: \"transport-review-lead-week\")");
    }

    @Test
    void aParameterNamedOnlyInACommentIsNotALink() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "cost-reduction/transport.drl", "\nrule ",
                "\n// PolicyParameter( name == \"retired-parameter\" )\nrule ");
        assertThat(links(rules)).isEmpty();
    }

    @Test
    void aStepDownCriterionNoRouteNeedsStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        int line = edit(rules, "step-down/criteria.drl", ".criterion(\"family-time\", CriterionStatus.MET",
                ".criterion(\"family-tme\", CriterionStatus.MET");
        assertThatThrownBy(() -> links(rules))
                .hasMessage(rules.resolve("step-down/criteria.drl") + ":" + line
                        + ": step-down criterion \"family-tme\" is not needed by any route in"
                        + " reference/step-down-routes.csv (closest: \"family-time\")");
    }

    @Test
    void aRouteNeedingACriterionNoRuleDecidesStopsTheLoadAtTheRouteRow() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "reference/step-down-routes.csv", "setting|stability|child-view|risk-flags|placement-moves,",
                "setting|stability|child-veiw|risk-flags,");
        assertThatThrownBy(() -> links(rules))
                .hasMessage(rules.resolve("reference/step-down-routes.csv") + ":8: a route needs step-down"
                        + " criterion \"child-veiw\", which no rule decides (closest: \"child-view\"), so the route"
                        + " could never open");
    }

    @Test
    void rulesThatDecideStepDownCriteriaButNotTheOneTheToolReadsStopTheLoad() throws IOException {
        Path rules = copyOfRules();
        for (String file : List.of("step-down/criteria.drl", "step-down/routes.drl")) {
            Path path = rules.resolve(file);
            Files.writeString(path, Files.readString(path).replace("\"setting\"", "\"settings\""));
        }
        Path routes = rules.resolve("reference/step-down-routes.csv");
        Files.writeString(routes, Files.readString(routes).replace(",setting|", ",settings|"));
        assertThatThrownBy(() -> links(rules)).hasMessage(rules + ": no rule decides step-down criterion"
                + " \"setting\", which the tool reads (closest: \"settings\")");
    }

    @Test
    void aFamilyMissingFromTheSavingOverlapTableStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        int line = edit(rules, "cost-reduction/transport.drl", "@family(\"Transport\")", "@family(\"Transprt\")");
        assertThatThrownBy(() -> links(rules))
                .hasMessage(rules.resolve("cost-reduction/transport.drl") + ":" + line
                        + ": option family \"Transprt\" is not listed in reference/saving-overlap.csv"
                        + " (closest: \"Transport\")");
    }

    @Test
    void aReferenceFileTheLoaderDoesNotKnowStopsTheLoadNamingTheClosestTable() throws IOException {
        Path rules = copyOfRules();
        Files.move(rules.resolve("reference/framework-rates.csv"), rules.resolve("reference/framework-rate.csv"));
        assertThatThrownBy(() -> ReferenceData.load(RuleFolder.of(rules)))
                .isInstanceOf(RulebaseException.class)
                .hasMessageStartingWith(rules.resolve("reference/framework-rate.csv")
                        + ": not a reference table the tool reads (closest: \"framework-rates.csv\"");
    }

    @Test
    void aSpreadsheetInTheReferenceFolderStopsTheLoadRatherThanBeingIgnored() throws IOException {
        Path rules = copyOfRules();
        Files.write(rules.resolve("reference/parameters.xlsx"), new byte[] {0x50, 0x4b, 0x03, 0x04});
        assertThatThrownBy(() -> ReferenceData.load(RuleFolder.of(rules)))
                .hasMessage(rules.resolve("reference/parameters.xlsx") + ": the tool reads only CSV tables in"
                        + " reference/ (save it as CSV, or move it out of the rule folder)");
    }

    @Test
    void aRuleMatchingARateTableThatIsMissingStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        Files.delete(rules.resolve("reference/framework-rates.csv"));
        assertThatThrownBy(() -> links(rules))
                .hasMessageContaining(rules.resolve("cost-reduction/framework.drl") + ":")
                .hasMessageContaining("matches FrameworkRate but reference/framework-rates.csv is missing");
    }

    @Test
    void aRuleFileCitingAReferenceFileThatIsNotThereStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        int line = edit(rules, "cost-reduction/fee-level.drl", "reference/need-band-rates.csv",
                "reference/need-band-rate.csv");
        assertThatThrownBy(() -> links(rules))
                .hasMessage(rules.resolve("cost-reduction/fee-level.drl") + ":" + line
                        + ": cites need-band-rate.csv, which is not in reference/ (closest: \"need-band-rates.csv\")");
    }

    @Test
    void aParameterNoRuleUsesIsAWarningNamingItsRow() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("reference/parameters-extra.csv"), """
                name,value,unit,source
                retired-threshold,5,weeks,local default: no longer used
                forecast-slip-weeks-very-long,52,weeks,local default: read by the forecast
                """);
        assertThat(links(rules)).containsExactly(rules.resolve("reference/parameters-extra.csv")
                + ":2: parameter \"retired-threshold\" is not used by any rule");
    }

    @Test
    void aParameterDefinedTwiceStopsTheLoadNamingBothRows() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("reference/parameters-extra.csv"), """
                name,value,unit,source
                very-high-cost-weekly,9000,pounds a week,local default
                """);
        assertThatThrownBy(() -> ReferenceData.load(RuleFolder.of(rules)))
                .hasMessage(rules.resolve("reference/parameters.csv") + ":2: column name very-high-cost-weekly"
                        + " is already defined at " + rules.resolve("reference/parameters-extra.csv") + ":2"
                        + " (each may be defined once)");
    }

    @Test
    void aSavingOverlapPartThatIsNotAPartOfTheCostStopsTheLoad() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "reference/saving-overlap.csv", "Drift,whole package,", "Drift,whole-package,");
        assertThatThrownBy(() -> ReferenceData.load(RuleFolder.of(rules)))
                .hasMessageContaining("saving-overlap.csv:9: column reduces is not one of")
                .hasMessageContaining("whole-package (closest: \"whole package\")");
    }

    @Test
    void everyBrokenLinkIsListedOnItsOwnLine() throws IOException {
        Path rules = copyOfRules();
        edit(rules, "cost-reduction/transport.drl", "@family(\"Transport\")", "@family(\"Transprt\")");
        edit(rules, "cost-reduction/fee-level.drl", "name == \"very-high-cost-weekly\"",
                "name == \"very-high-cost-weeky\"");
        assertThatThrownBy(() -> links(rules)).satisfies(e -> assertThat(e.getMessage().lines().toList())
                .hasSize(2).allSatisfy(l -> assertThat(l).startsWith(rules.toString())));
    }

    @Test
    void commentsAreBlankedWithoutMovingLinesAndStringsAreKept() {
        String text = "a // PolicyParameter( name == \"x\" )\n\"https://example.org\" /* b\nc */ d";
        String code = RuleLinks.withoutComments(text);
        assertThat(code).hasSameSizeAs(text).doesNotContain("PolicyParameter", "b", "c")
                .startsWith("a ").endsWith(" d").contains("\"https://example.org\"");
        assertThat(code.lines()).hasSize(3);
    }

    @Test
    void theClosestNameIsTheFewestEditsAway() {
        assertThat(Nearest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Nearest.to("age-bnd", List.of("stability", "age-band", "family-time"))).isEqualTo("\"age-band\"");
        assertThat(Nearest.to("anything", List.of())).isEqualTo("none");
    }

    private static List<String> links(Path rules) {
        RuleFolder folder = RuleFolder.of(rules);
        return RuleLinks.check(folder, ReferenceData.load(folder).names());
    }

    /** Replaces the first occurrence of {@code from} in the file; returns its line number. */
    private static int edit(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        int at = text.indexOf(from);
        assertThat(at).as("%s contains %s", file, from).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return (int) text.substring(0, at + from.indexOf(from.strip())).chars().filter(c -> c == '\n').count() + 1;
    }

    private Path copyOfRules() throws IOException {
        Path root = Path.of("rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = dir.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return dir;
    }
}
