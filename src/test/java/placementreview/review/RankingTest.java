package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static placementreview.testing.PlacementBuilder.placement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.RulebaseException;
import placementreview.model.Capacity;
import placementreview.model.CaseFile;
import placementreview.model.ChildView;
import placementreview.model.FinancialYear;
import placementreview.model.PermanenceGoal;
import placementreview.model.Placement;
import placementreview.testing.TestRules;

class RankingTest {
    private static Review review(int top, RankBy by, Placement... placements) {
        return TestRules.service().review(caseFile(placements), new ReviewOptions(top, by, 2));
    }

    private static CaseFile caseFile(Placement... placements) {
        return new CaseFile("Test", LocalDate.of(2026, 11, 23), FinancialYear.containing(
                LocalDate.of(2026, 11, 23)), Capacity.UNKNOWN, List.of(placements), List.of());
    }

    @Test
    void withoutTopTheListIsThePanelsTopNFromTheReferenceTable(@TempDir Path tmp) {
        Placement[] four = {placement().id("P-A").core("1000.00").build(), placement().id("P-B").core("2000.00").build(),
                placement().id("P-C").core("3000.00").build(), placement().id("P-D").core("4000.00").build()};
        ReviewService panelOfTwo = new ReviewService(TestRules.edited(tmp, "reference/parameters-portfolio-providers.csv",
                csv -> csv.replace("panel-top-n,15,", "panel-top-n,2,")));
        Review r = panelOfTwo.review(caseFile(four), ReviewOptions.defaults());
        assertThat(ids(r.top())).containsExactly("P-D", "P-C");
        // the portfolio rule on the panel's top placements reads the same number
        assertThat(r.portfolio()).filteredOn(f -> f.ruleId().equals("PF-04")).singleElement()
                .satisfies(f -> assertThat(f.title()).startsWith("The top 2 placements"));
        assertThat(panelOfTwo.review(caseFile(four), new ReviewOptions(3, RankBy.COST, 1)).top()).hasSize(3);
        assertThat(TestRules.service().panelTop()).isEqualTo(15);
    }

    @Test
    void aPanelTopNThatIsNotAWholeNumberStopsTheLoad(@TempDir Path tmp) {
        assertThatThrownBy(() -> new ReviewService(TestRules.edited(tmp, "reference/parameters-portfolio-providers.csv",
                csv -> csv.replace("panel-top-n,15,", "panel-top-n,0,"))))
                .isInstanceOf(RulebaseException.class).hasMessageContaining("panel-top-n must be a whole number of 1 or more");
    }

    private static List<String> ids(List<RankedPlacement> ranked) {
        return ranked.stream().map(r -> r.placement().id()).toList();
    }

    @Test
    void ranksByNetAnnualCostDescending() {
        Review r = review(15, RankBy.COST, placement().id("P-A").core("3000.00").build(),
                placement().id("P-B").core("9000.00").build(), placement().id("P-C").core("5000.00").build());
        assertThat(ids(r.ranked())).containsExactly("P-B", "P-C", "P-A");
        assertThat(r.ranked()).extracting(RankedPlacement::rank).containsExactly(1, 2, 3);
    }

    @Test
    void contributionsFromHealthAndEducationAreSubtracted() {
        Review r = review(15, RankBy.COST, placement().id("P-A").core("6000.00").build(),
                placement().id("P-B").core("7000.00").healthContribution("800.00").educationContribution("500.00")
                        .build());
        assertThat(ids(r.ranked())).containsExactly("P-A", "P-B");
        assertThat(r.ranked().get(1).netAnnualCost()).isEqualByComparingTo("296400.00");
    }

    @Test
    void tiesAreBrokenByPlacementId() {
        Review r = review(15, RankBy.COST, placement().id("P-C").core("5000.00").build(),
                placement().id("P-A").core("5000.00").build(), placement().id("P-B").core("5000.00").build());
        assertThat(ids(r.ranked())).containsExactly("P-A", "P-B", "P-C");
    }

    @Test
    void topNLimitsTheListButTotalsCoverTheWholeCaseload() {
        Review r = review(2, RankBy.COST, placement().id("P-A").core("1000.00").build(),
                placement().id("P-B").core("2000.00").build(), placement().id("P-C").core("3000.00").build());
        assertThat(ids(r.top())).containsExactly("P-C", "P-B");
        assertThat(r.topTotals().placements()).isEqualTo(2);
        assertThat(r.topTotals().weeklyCost()).isEqualByComparingTo("5000.00");
        assertThat(r.caseloadTotals().placements()).isEqualTo(3);
        assertThat(r.caseloadTotals().weeklyCost()).isEqualByComparingTo("6000.00");
    }

    @Test
    void bySavingRanksByTheBestAchievableFullYearSaving() {
        Review r = review(15, RankBy.SAVING, placement().id("P-A").core("9000.00").provider("PRV-01", true)
                        .needUnknown(placementreview.model.DstDomain.BREATHING).goal(PermanenceGoal.RESIDENTIAL)
                        .childView(ChildView.OPPOSED).build(),
                placement().id("P-B").type(placementreview.model.PlacementType.IFA).core("2000.00")
                        .provider("PRV-02", true).needUnknown(placementreview.model.DstDomain.BREATHING)
                        .goal(PermanenceGoal.RESIDENTIAL).childView(ChildView.OPPOSED).build());
        // on framework, need band unknown and no step-down route, so only the per-type benchmark applies, at 2026-27
        // prices and 50% of the gap: P-A saves (9000 - 6687.22) x 50% x 52 = 60,132.28; P-B (2000 - 978.76) x 50% x 52
        // = 26,552.24
        assertThat(ids(r.ranked())).containsExactly("P-A", "P-B");
        assertThat(r.ranked().get(0).bestFullYearSaving()).isEqualByComparingTo("60132.28");
        assertThat(r.ranked().get(1).bestFullYearSaving()).isEqualByComparingTo("26552.24");
    }

    @Test
    void costToYearEndRespectsThePlannedEndDate() {
        Review r = review(15, RankBy.COST, placement().id("P-A").core("7000.00").plannedEnd("2026-11-29").build());
        // 23 to 29 Nov inclusive = 7 days = one week
        assertThat(r.ranked().get(0).costToYearEnd()).isEqualByComparingTo("7000.00");
    }

    @Test
    void aPlacementPastItsPlannedEndIsAssumedToContinueToTheYearEnd() {
        Review r = review(15, RankBy.COST, placement().id("P-A").core("7000.00").plannedEnd("2026-10-01").build());
        // still on the caseload: 23 Nov 2026 to 31 Mar 2027 inclusive = 129 days
        assertThat(r.ranked().get(0).costToYearEnd()).isEqualByComparingTo("129000.00");
    }
}
