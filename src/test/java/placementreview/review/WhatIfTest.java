package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.RuleChange;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.testing.TestRules;

/** The demo caseload under the shipped rules and a changed policy, compared with two separate reviews. */
class WhatIfTest {
    private static final List<Path> DEMO = List.of(Path.of("cases/demo/demo-authority.json"));
    private static final ReviewOptions OPTIONS = new ReviewOptions(15, RankBy.COST, 2);
    private static final RuleFolder RULES = RuleFolder.of(Path.of("rules"));

    @TempDir
    static Path tmp;

    private static WhatIf veryHighCostLine;

    @BeforeAll
    static void raiseTheVeryHighCostLine() {
        veryHighCostLine = PolicyComparison.withSettings(RULES, TestRules.rulebase(),
                List.of("very-high-cost-weekly=12000")).run(DEMO, null, OPTIONS);
    }

    @Test
    void raisingTheVeryHighCostLineListsExactlyThePlacementsBetweenTheOldAndNewLineAsLosingCrOne() {
        List<String> between = veryHighCostLine.before().ranked().stream()
                .filter(r -> r.weeklyCost().compareTo(new BigDecimal("10000")) >= 0
                        && r.weeklyCost().compareTo(new BigDecimal("12000")) < 0)
                .map(r -> r.placement().id()).sorted().toList();
        assertThat(between).isNotEmpty();
        assertThat(veryHighCostLine.placements()).extracting(PlacementChange::placementId)
                .containsExactlyInAnyOrderElementsOf(between);
        for (PlacementChange p : veryHighCostLine.placements()) {
            assertThat(p.removed()).extracting(FindingChange::ruleId).containsExactly("CR-01");
            assertThat(p.added()).isEmpty();
            assertThat(p.changed()).isEmpty();
            assertThat(p.savingDifference()).isZero();
        }
        assertThat(veryHighCostLine.ruleChanges()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("reference/parameters.csv");
            assertThat(c.change()).isEqualTo(RuleChange.SET);
            assertThat(c.rows()).singleElement().satisfies(row -> {
                assertThat(row.key()).isEqualTo("very-high-cost-weekly");
                assertThat(row.cells()).containsExactly(new RuleChange.Cell("value", "10000", "12000"));
                assertThat(row.source()).startsWith("LGA high-cost placements survey");
            });
        });
        assertThat(veryHighCostLine.changed().rulebaseVersion()).isNotEqualTo(veryHighCostLine.base().rulebaseVersion());
    }

    @Test
    void theTotalsDifferenceEqualsTwoSeparateReviewsSubtracted() throws IOException {
        Path changedRules = copyOfRules();
        Path params = changedRules.resolve("reference/parameters-cost-reduction.csv");
        Files.writeString(params, Files.readString(params).replace("fee-uplift-cap-pct,4,", "fee-uplift-cap-pct,1,")
                .replace("framework-move-lead-weeks,8,", "framework-move-lead-weeks,20,"));
        Rulebase changed = RulebaseLoader.load(RuleFolder.of(changedRules));
        WhatIf w = PolicyComparison.against(RULES, TestRules.rulebase(), RuleFolder.of(changedRules), changed)
                .run(DEMO, null, OPTIONS);

        ReviewService separateBase = new ReviewService(TestRules.rulebase());
        ReviewService separateChanged = new ReviewService(changed);
        Review before = separateBase.review(separateBase.read(DEMO, null), OPTIONS);
        Review after = separateChanged.review(separateChanged.read(DEMO, null), OPTIONS);

        assertSubtracted(w.totals().difference().caseload(), after.caseloadTotals(), before.caseloadTotals());
        assertSubtracted(w.totals().difference().top(), after.topTotals(), before.topTotals());
        assertThat(w.totals().difference().forecast().outturn())
                .isEqualByComparingTo(after.forecast().gross().outturn().subtract(before.forecast().gross().outturn()));
        // the change is real: it moves money, and the placements listed add up to the caseload's difference
        assertThat(w.totals().difference().caseload().bestFullYearSaving()).isNotZero();
        assertThat(w.totals().difference().caseload().bestInYearSaving()).isNotZero();
        BigDecimal listed = w.placements().stream().map(PlacementChange::savingDifference)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(listed).isEqualByComparingTo(w.totals().difference().caseload().bestFullYearSaving());
        assertThat(w.placements()).extracting(p -> p.savingDifference().abs())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(w.ruleChanges()).singleElement().satisfies(c -> {
            assertThat(c.file()).isEqualTo("reference/parameters-cost-reduction.csv");
            assertThat(c.change()).isEqualTo(RuleChange.CHANGED);
            assertThat(c.rows()).extracting(RuleChange.Row::key)
                    .containsExactly("fee-uplift-cap-pct", "framework-move-lead-weeks");
        });
    }

    @Test
    void setInMemoryDecidesExactlyAsTheSameEditInACopiedFolder() throws IOException {
        Path changedRules = copyOfRules();
        Path params = changedRules.resolve("reference/parameters.csv");
        Files.writeString(params, Files.readString(params)
                .replace("very-high-cost-weekly,10000,", "very-high-cost-weekly,12000,"));
        Rulebase changed = RulebaseLoader.load(RuleFolder.of(changedRules));
        WhatIf copied = PolicyComparison.against(RULES, TestRules.rulebase(), RuleFolder.of(changedRules), changed)
                .run(DEMO, null, OPTIONS);
        assertThat(copied.placements()).isEqualTo(veryHighCostLine.placements());
        assertThat(copied.caseload()).isEqualTo(veryHighCostLine.caseload());
        assertThat(copied.ruleChanges()).singleElement().satisfies(c -> assertThat(c.rows())
                .isEqualTo(veryHighCostLine.ruleChanges().get(0).rows()));
    }

    private static void assertSubtracted(CostTotals difference, CostTotals after, CostTotals before) {
        assertThat(difference.placements()).isEqualTo(after.placements() - before.placements());
        assertThat(difference.netAnnualCost()).isEqualByComparingTo(after.netAnnualCost().subtract(before.netAnnualCost()));
        assertThat(difference.bestFullYearSaving())
                .isEqualByComparingTo(after.bestFullYearSaving().subtract(before.bestFullYearSaving()));
        assertThat(difference.bestInYearSaving())
                .isEqualByComparingTo(after.bestInYearSaving().subtract(before.bestInYearSaving()));
        assertThat(difference.recovery().fullYear())
                .isEqualByComparingTo(after.recovery().fullYear().subtract(before.recovery().fullYear()));
        assertThat(difference.councilReduction().fullYear()).isEqualByComparingTo(
                after.councilReduction().fullYear().subtract(before.councilReduction().fullYear()));
        Map<String, BigDecimal> expected = new TreeMap<>();
        after.byFamily().forEach(f -> expected.merge(f.family(), f.fullYearSaving(), BigDecimal::add));
        before.byFamily().forEach(f -> expected.merge(f.family(), f.fullYearSaving().negate(), BigDecimal::add));
        Map<String, BigDecimal> actual = new TreeMap<>();
        difference.byFamily().forEach(f -> actual.put(f.family(), f.fullYearSaving()));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((family, amount) -> assertThat(actual.get(family)).as(family).isEqualByComparingTo(amount));
    }

    private static Path copyOfRules() throws IOException {
        Path copy = Files.createTempDirectory(tmp, "rules-");
        Path root = Path.of("rules");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
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

}
