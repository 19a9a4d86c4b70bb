package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import placementreview.engine.RuleInfo;
import placementreview.testing.TestRules;

/**
 * The rule catalogue against its tests and its readers. Every rule id is tested in the test class of its folder
 * (rules/cost-reduction/ → CostReductionRulesTest) by at least one given → then statement that fires it and one that
 * must not: a new rule, or a new folder, without such tests fails the build. Read from the test sources, one
 * statement at a time: {@code verifyRule("CR-01").given(...).fires()} / {@code ... .doesNotFire()}.
 */
class RuleCatalogueTest {
    private static final Path TESTS = Path.of("src/test/java/placementreview/rules");
    private static final Pattern VERIFY = Pattern.compile("verifyRule\\(\"([A-Z]+-\\d+)\"\\)");
    private static final Pattern FIRES = Pattern.compile(
            "\\.fires\\(\\)|\\.firesTimes\\([1-9]\\d*\\)|\\.finding\\(\\)|\\.assigns\\(");

    /** Rules no valid input can keep from firing, with the reason (a does-not-fire test would need invalid input). */
    private static final Map<String, String> ALWAYS_FIRES = Map.of(
            "AP-09", "weekly.core is required input (cases/README.md), so core care is assigned for every placement");

    @Test
    void everyRuleIsTestedFiringAndNotFiringInItsFoldersTestClass() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (RuleInfo rule : TestRules.rulebase().catalogue()) {
            String testClass = testClassOf(rule);
            Path source = TESTS.resolve(testClass + ".java");
            if (!Files.exists(source)) {
                missing.computeIfAbsent(rule.id(), k -> new TreeSet<>()).add("no test class " + testClass);
                continue;
            }
            Outcomes outcomes = Outcomes.of(Files.readString(source));
            if (!outcomes.fires.contains(rule.id())) {
                missing.computeIfAbsent(rule.id(), k -> new TreeSet<>()).add("fires, in " + testClass);
            }
            if (!outcomes.doesNotFire.contains(rule.id()) && !ALWAYS_FIRES.containsKey(rule.id())) {
                missing.computeIfAbsent(rule.id(), k -> new TreeSet<>()).add("does not fire, in " + testClass);
            }
        }
        assertThat(missing).as("rule ids without a test that ...").isEmpty();
    }

    @Test
    void theTestsNameOnlyRulesThatExist() throws IOException {
        Set<String> catalogue = new HashSet<>();
        TestRules.rulebase().catalogue().forEach(r -> catalogue.add(r.id()));
        List<String> unknown = new ArrayList<>();
        try (var files = Files.list(TESTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("RulesTest.java")).sorted().toList()) {
                Matcher m = VERIFY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!catalogue.contains(m.group(1))) {
                        unknown.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** A rule name is a sentence about policy: the numbers live in rules/reference/ and show in the finding's title. */
    @Test
    void ruleNamesCarryNoNumbers() {
        assertThat(TestRules.rulebase().catalogue()).allSatisfy(rule ->
                assertThat(rule.name()).as(rule.id()).doesNotContainPattern("\\d"));
    }

    /** rules/cost-reduction/fee-level.drl → CostReductionRulesTest. */
    private static String testClassOf(RuleInfo rule) {
        String[] parts = rule.file().replace('\\', '/').split("/");
        StringBuilder name = new StringBuilder();
        for (String word : parts[parts.length - 2].split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.append("RulesTest").toString();
    }

    /** Which rule ids a test source verifies as firing and as not firing, statement by statement. */
    private record Outcomes(Set<String> fires, Set<String> doesNotFire) {
        static Outcomes of(String source) {
            Set<String> fires = new HashSet<>();
            Set<String> doesNotFire = new HashSet<>();
            for (String statement : source.split(";")) {
                Matcher m = VERIFY.matcher(statement);
                if (!m.find()) {
                    continue;
                }
                if (statement.contains(".doesNotFire()")) {
                    doesNotFire.add(m.group(1));
                } else if (FIRES.matcher(statement).find()) {
                    fires.add(m.group(1));
                }
            }
            return new Outcomes(fires, doesNotFire);
        }
    }
}
