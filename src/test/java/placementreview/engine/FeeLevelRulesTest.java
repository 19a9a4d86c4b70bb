package placementreview.engine;

import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import org.junit.jupiter.api.Test;
import placementreview.model.PlacementType;

/** CR-01 and the CR-02 per-type fallback (CR-03, by need band, is tested with the cost-reduction rules). */
class FeeLevelRulesTest {
    /** A placement whose need band is unknown (one DST domain not assessed), so CR-02 is the comparison used. */
    private static placementreview.testing.PlacementBuilder unbanded() {
        return placement().needUnknown(placementreview.model.DstDomain.BREATHING);
    }

    @Test
    void veryHighCostFiresAtTenThousandAWeekAndNotAPennyBelow() {
        verifyRule("CR-01").given(placement().core("9000.00").therapy("1000.00")).fires()
                .withEvidence("weeklyCost", "10000.00").withEvidence("threshold", "10000");
        verifyRule("CR-01").given(placement().core("9999.99")).doesNotFire();
    }

    @Test
    void veryHighCostIsAFlagWithoutASaving() {
        var finding = verifyRule("CR-01").given(placement().core("12000.00")).finding();
        org.assertj.core.api.Assertions.assertThat(finding.savings()).isNull();
        org.assertj.core.api.Assertions.assertThat(finding.notQuantifiable()).isNotBlank();
    }

    @Test
    void aboveBenchmarkSavesTheExcessFromFourWeeksAfterTheReviewToYearEnd() {
        // 21 Dec 2026 to 31 Mar 2027 inclusive = 101 days; 880 x 101 / 7 = 12,697.14
        verifyRule("CR-02").given(unbanded().core("7000.00")).fires()
                .withWeeklySaving("880.00").withInYearSaving("12697.14").withFullYearSaving("45760.00")
                .withTitleContaining("£880.00 above the £6,120.00 benchmark");
        verifyRule("CR-02").given(unbanded().core("6120.00")).doesNotFire();
    }

    @Test
    void aboveBenchmarkInYearSavingStopsAtThePlannedEndAndIsNilWhenItEndsBeforeTheSavingStarts() {
        verifyRule("CR-02").given(unbanded().core("7000.00").plannedEnd("2027-01-31")).withInYearSaving("5280.00");
        verifyRule("CR-02").given(unbanded().core("7000.00").plannedEnd("2026-12-01")).withInYearSaving("0.00");
    }

    @Test
    void aboveBenchmarkIsProratedForATermTimePlacement() {
        // 38 of 52 weeks: full year 1,000 x 38; in year 1,000 x 101/7 x 38/52
        verifyRule("CR-02").given(unbanded().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).core("7120.00")
                .weeksPerYear(38)).withFullYearSaving("38000.00").withInYearSaving("10543.96");
    }

    @Test
    void aTypeWithoutABenchmarkIsNotCompared() {
        verifyRule("CR-02").given(unbanded().type(PlacementType.SECURE_CHILDRENS_HOME).core("9000.00"))
                .doesNotFire();
    }
}
