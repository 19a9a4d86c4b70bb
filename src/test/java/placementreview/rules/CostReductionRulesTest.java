package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.engine.Rulebase;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.PlacementType;
import placementreview.model.StaffingRatio;
import placementreview.model.StaffingReason;
import placementreview.testing.PlacementBuilder;
import placementreview.testing.TestRules;

/**
 * Every cost-reduction rule (rules/cost-reduction/), given → then, boundary twins side by side: at the threshold
 * fires, one penny (day, mile, year) short does not. The default placement is an external children's home at £5,000
 * a week, a 14-year-old with no DST needs, reviewed 2026-09-01, as of 2026-11-23 (FY to 2027-03-31).
 */
class CostReductionRulesTest {

    // CR-01: very high cost, at or above very-high-cost-weekly (£10,000 in the shipped table): a flag, not a saving
    @Test
    void cr01AtTheVeryHighCostThresholdAndNotAPennyBelow() {
        verifyRule("CR-01").given(placement().core("9000.00").therapy("1000.00")).fires()
                .withEvidence("weeklyCost", "10000.00").withEvidence("threshold", "10000")
                .withTitleContaining("at or above the £10,000.00 a week very-high-cost threshold");
        verifyRule("CR-01").given(placement().core("9999.99")).doesNotFire();
    }

    @Test
    void cr01IsAFlagWithoutASaving() {
        var finding = verifyRule("CR-01").given(placement().core("12000.00")).finding();
        assertThat(finding.savings()).isNull();
        assertThat(finding.notQuantifiable()).isNotBlank();
    }

    @Test
    void cr01FollowsTheCouncilsThresholdAndItsNameStaysTrue(@TempDir Path tmp) {
        Rulebase lower = TestRules.edited(tmp, "reference/parameters.csv",
                csv -> csv.replace("very-high-cost-weekly,10000,", "very-high-cost-weekly,8000,"));
        verifyRule("CR-01").withRules(lower).given(placement().core("8000.00")).fires()
                .withTitleContaining("at or above the £8,000.00 a week very-high-cost threshold");
        verifyRule("CR-01").withRules(lower).given(placement().core("7999.99")).doesNotFire();
        assertThat(lower.catalogue()).filteredOn(r -> r.id().equals("CR-01")).singleElement()
                .satisfies(r -> assertThat(r.name()).doesNotContainPattern("\\d"));
    }

    // CR-02: plain per-type benchmark, only when the need band has no rate of its own (here: band unknown)
    @Test
    void cr02AboveTheTypeBenchmarkWhenTheBandIsUnknown() {
        verifyRule("CR-02").given(unbanded().core("6120.01")).fires().withWeeklySaving("0.01");
        verifyRule("CR-02").given(unbanded().core("6120.00")).doesNotFire();
    }

    @Test
    void cr02SavesTheExcessFromFourWeeksAfterTheReviewToYearEnd() {
        // 21 Dec 2026 to 31 Mar 2027 inclusive = 101 days; 880 x 101 / 7 = 12,697.14
        verifyRule("CR-02").given(unbanded().core("7000.00")).fires()
                .withWeeklySaving("880.00").withInYearSaving("12697.14").withFullYearSaving("45760.00")
                .withTitleContaining("£880.00 above the £6,120.00 benchmark");
    }

    @Test
    void cr02InYearSavingStopsAtThePlannedEndAndIsNilWhenItEndsBeforeTheSavingStarts() {
        verifyRule("CR-02").given(unbanded().core("7000.00").plannedEnd("2027-01-31")).withInYearSaving("5280.00");
        verifyRule("CR-02").given(unbanded().core("7000.00").plannedEnd("2026-12-01")).withInYearSaving("0.00");
    }

    @Test
    void cr02IsProratedForATermTimePlacement() {
        // 38 of 52 weeks: full year 1,000 x 38; in year 1,000 x 101/7 x 38/52
        verifyRule("CR-02").given(unbanded().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).core("7120.00")
                .weeksPerYear(38)).withFullYearSaving("38000.00").withInYearSaving("10543.96");
    }

    @Test
    void cr02SkipsATypeWithoutABenchmark() {
        verifyRule("CR-02").given(unbanded().type(PlacementType.SECURE_CHILDRENS_HOME).core("9000.00")).doesNotFire();
    }

    @Test
    void cr02GivesWayToTheNeedBandRate() {
        verifyRule("CR-02").given(placement().core("7000.00")).doesNotFire();
        verifyRule("CR-02").given(placement().type(PlacementType.SUPPORTED_ACCOMMODATION).bornIn("2010-01")
                .core("1822.01")).fires().withWeeklySaving("0.01");
    }

    // CR-03: benchmark for type and need band
    @Test
    void cr03StandardBandAtItsBenchmark() {
        verifyRule("CR-03").given(placement().core("4639.01")).fires().withWeeklySaving("0.01")
                .withEvidence("band", "STANDARD");
        verifyRule("CR-03").given(placement().core("4639.00")).doesNotFire();
    }

    @Test
    void cr03ComplexBandFromTheChecklist() {
        verifyRule("CR-03").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.SEVERE).core("8000.01"))
                .fires().withWeeklySaving("0.01").withEvidence("band", "COMPLEX");
        verifyRule("CR-03").given(placement().need(DstDomain.CHALLENGING_BEHAVIOUR, DstLevel.SEVERE).core("8000.00"))
                .doesNotFire();
        verifyRule("CR-03").given(placement().needUnknown(DstDomain.BREATHING).core("9000.00")).doesNotFire();
    }

    // CR-04: spot purchase above the framework rate
    @Test
    void cr04SpotAboveFrameworkRate() {
        verifyRule("CR-04").given(placement().provider("PRV-9", false).core("5200.01")).fires().withWeeklySaving("0.01");
        verifyRule("CR-04").given(placement().provider("PRV-9", false).core("5200.00")).doesNotFire();
        verifyRule("CR-04").given(placement().provider("PRV-9", false).core("6200.00")).fires()
                .withWeeklySaving("1000.00").withInYearSaving("10428.57").withFullYearSaving("52000.00");
        verifyRule("CR-04").given(placement().provider("PRV-9", true).core("6200.00")).doesNotFire();
        verifyRule("CR-04").given(placement().provider("PRV-9", null).core("6200.00")).doesNotFire();
    }

    // CR-05 / CR-06: additional staffing with no serious incident for staffing-incident-free-weeks (12: since 2026-08-31)
    @Test
    void cr05StepsDownOneLevelAfterTwelveIncidentFreeWeeks() {
        verifyRule("CR-05").given(twoToOne().seriousIncidents("2026-08-30")).fires().withWeeklySaving("1000.00");
        verifyRule("CR-05").given(twoToOne().seriousIncidents("2026-08-31")).doesNotFire();
        verifyRule("CR-05").given(twoToOne().seriousIncidentsUnknown()).doesNotFire();
        verifyRule("CR-05").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .additionalStaffing("2000.00")).doesNotFire();
    }

    @Test
    void cr05NeedsTwelveWeeksInPlacement() {
        verifyRule("CR-05").given(twoToOne().start("2026-08-31")).fires();
        verifyRule("CR-05").given(twoToOne().start("2026-09-01")).doesNotFire();
    }

    @Test
    void cr06EndsAdditionalStaffing() {
        verifyRule("CR-06").given(twoToOne()).fires().withWeeklySaving("2000.00");
        verifyRule("CR-06").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .additionalStaffing("800.00")).fires().withWeeklySaving("800.00");
        verifyRule("CR-06").given(placement().staffing(StaffingRatio.ONE_TO_ONE, StaffingReason.BEHAVIOUR)
                .additionalStaffing("0")).doesNotFire();
        verifyRule("CR-06").given(placement().additionalStaffing("800.00")).doesNotFire();
    }

    // CR-07: uplift above fee-uplift-cap-pct (4%)
    @Test
    void cr07UpliftAboveTheCap() {
        verifyRule("CR-07").given(placement().previousWeeklyCore("5000.00").core("5200.01")).fires()
                .withWeeklySaving("0.01").withEvidence("cappedFee", "5200.00");
        verifyRule("CR-07").given(placement().previousWeeklyCore("5000.00").core("5200.00")).doesNotFire();
        verifyRule("CR-07").given(placement().previousWeeklyCore(null).core("9000.00")).doesNotFire();
    }

    // CR-08 / CR-09: residential school paid more weeks than the EHCP specifies, or than term-time-weeks (38)
    @Test
    void cr08PaysOnlyTheEhcpWeeks() {
        verifyRule("CR-08").given(school().ehcpWeeks(38)).fires().withWeeklySaving("1172.23")
                .withFullYearSaving("60956.00");
        verifyRule("CR-08").given(school().ehcpWeeks(38).weeksPerYear(39)).fires();
        verifyRule("CR-08").given(school().ehcpWeeks(38).weeksPerYear(38)).doesNotFire();
        verifyRule("CR-08").given(school().ehcpWeeks(52)).doesNotFire();
        verifyRule("CR-08").given(school().ehcpWeeks(null)).doesNotFire();
    }

    @Test
    void cr09AsksForTheEhcpWeeks() {
        verifyRule("CR-09").given(school().weeksPerYear(39)).fires();
        verifyRule("CR-09").given(school().weeksPerYear(38)).doesNotFire();
        verifyRule("CR-09").given(school().ehcpWeeks(38)).doesNotFire();
        verifyRule("CR-09").given(school().ehcp(false)).doesNotFire();
    }

    // CR-10: out of area and further than out-of-area-distance-miles (20)
    @Test
    void cr10OutOfAreaBeyondTheDistanceThreshold() {
        verifyRule("CR-10").given(placement().distance(21, true)).fires().withTitleContaining("21 miles away (over 20)");
        verifyRule("CR-10").given(placement().distance(20, true)).doesNotFire();
        verifyRule("CR-10").given(placement().distance(50, false)).doesNotFire();
        verifyRule("CR-10").given(placement().distance(null, true)).doesNotFire();
    }

    // CR-11 / CR-12: drift
    @Test
    void cr11PlannedEndPassed() {
        verifyRule("CR-11").given(placement().plannedEnd("2026-11-22")).fires().withEvidence("paidSince", "714.29");
        verifyRule("CR-11").given(placement().plannedEnd("2026-11-23")).doesNotFire();
        verifyRule("CR-11").given(placement().plannedEnd(null)).doesNotFire();
    }

    @Test
    void cr12NoReviewWithinTheReviewInterval() {
        verifyRule("CR-12").given(placement().reviewedOn("2026-05-22")).fires();
        verifyRule("CR-12").given(placement().reviewedOn("2026-05-23")).doesNotFire();
        verifyRule("CR-12").given(placement().reviewedOn(null)).doesNotFire();
    }

    // CR-13 / CR-14 / CR-15: compliance, ages from supported-accommodation-min-age / -max-age (16, 17) and dates in
    // force from the reference table (ages on 2026-11-23: born 2010-11 is 16, born 2010-12 is 15)
    @Test
    void cr13BelowTheSupportedAccommodationAgeInUnregisteredOrSupportedAccommodation() {
        verifyRule("CR-13").given(placement().type(PlacementType.UNREGISTERED).bornIn("2010-12")).fires()
                .withEvidence("age", "15").withTitleContaining("(under-16s banned since 9 Sep 2021)");
        verifyRule("CR-13").given(placement().type(PlacementType.UNREGISTERED).bornIn("2010-11")).doesNotFire();
        verifyRule("CR-13").given(placement().type(PlacementType.SUPPORTED_ACCOMMODATION).bornIn("2010-12")).fires();
        verifyRule("CR-13").given(placement().bornIn("2012-05")).doesNotFire();
    }

    @Test
    void cr13InForceFromNineSeptember2021() {
        verifyRule("CR-13").asOf("2021-09-09", "2021-04-01", "2022-03-31")
                .given(placement().type(PlacementType.UNREGISTERED).start("2021-01-04")).fires();
        verifyRule("CR-13").asOf("2021-09-08", "2021-04-01", "2022-03-31")
                .given(placement().type(PlacementType.UNREGISTERED).start("2021-01-04")).doesNotFire();
    }

    @Test
    void cr14OfSupportedAccommodationAgeWithAProviderNotOfstedRegistered() {
        verifyRule("CR-14").given(supported().bornIn("2010-11").ofstedRegistered(false)).fires()
                .withTitleContaining("(required since 28 Oct 2023)");
        verifyRule("CR-14").given(supported().bornIn("2010-11").ofstedRegistered(true)).doesNotFire();
        verifyRule("CR-14").given(supported().bornIn("2010-11").ofstedRegistered(null)).doesNotFire();
        verifyRule("CR-14").given(supported().bornIn("2008-12").ofstedRegistered(false)).fires()
                .withEvidence("age", "17");
        verifyRule("CR-14").given(supported().bornIn("2008-11").ofstedRegistered(false)).doesNotFire();
    }

    @Test
    void cr14InForceFrom28October2023() {
        verifyRule("CR-14").asOf("2023-10-28", "2023-04-01", "2024-03-31")
                .given(supported().bornIn("2007-01").start("2023-01-02").ofstedRegistered(false)).fires();
        verifyRule("CR-14").asOf("2023-10-27", "2023-04-01", "2024-03-31")
                .given(supported().bornIn("2007-01").start("2023-01-02").ofstedRegistered(false)).doesNotFire();
    }

    @Test
    void cr15OfSupportedAccommodationAgeInAnUnregisteredPlacement() {
        verifyRule("CR-15").given(placement().type(PlacementType.UNREGISTERED).bornIn("2010-11")).fires()
                .withTitleContaining("(registration required since 28 Oct 2023)");
        verifyRule("CR-15").given(placement().type(PlacementType.UNREGISTERED).bornIn("2010-12")).doesNotFire();
        verifyRule("CR-15").given(placement().type(PlacementType.UNREGISTERED).bornIn("2008-11")).doesNotFire();
    }

    // CR-16: transport above transport-weekly-threshold (£250 a week)
    @Test
    void cr16TransportAboveThreshold() {
        verifyRule("CR-16").given(placement().transport("250.01")).fires().withWeeklySaving("0.01");
        verifyRule("CR-16").given(placement().transport("250.00")).doesNotFire();
        verifyRule("CR-16").given(placement().transport(null)).doesNotFire();
    }

    /** A placement whose need band is unknown (one DST domain not assessed), so CR-02 is the comparison used. */
    private static PlacementBuilder unbanded() {
        return placement().needUnknown(DstDomain.BREATHING);
    }

    private static PlacementBuilder twoToOne() {
        return placement().staffing(StaffingRatio.TWO_TO_ONE, StaffingReason.BEHAVIOUR).additionalStaffing("2000.00");
    }

    private static PlacementBuilder school() {
        return placement().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).ehcp(true).core("5000.00");
    }

    private static PlacementBuilder supported() {
        return placement().type(PlacementType.SUPPORTED_ACCOMMODATION);
    }
}
