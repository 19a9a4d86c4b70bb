package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;
import static placementreview.testing.RuleVerifier.verifyRule;

import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.Finding;
import placementreview.model.PlacementType;
import placementreview.model.StepDownCandidate;
import placementreview.testing.PlacementBuilder;

/**
 * Step-down savings compare annual costs to the council: net weekly cost x the placement's weeks a year, less the
 * target's benchmark x the target's own weeks a year (52 for foster care). Weekly = annual / 52. Review date 23 Nov
 * 2026; the move takes effect 8 weeks on (18 Jan 2027), so in year = 73 days to 31 Mar 2027 = annual x 73 / 364.
 */
class StepDownAnnualCostTest {

    private static StepDownCandidate route(PlacementBuilder placement, String route) {
        List<Finding> found = verifyRule("SD-40").given(placement).fires().findings();
        return found.stream().map(StepDownCandidate.class::cast).filter(c -> c.getRouteName().equals(route))
                .findFirst().orElseThrow(() -> new AssertionError("no SD-40 finding for " + route));
    }

    private static List<String> routes(PlacementBuilder placement) {
        return verifyRule("SD-40").given(placement).findings().stream().map(StepDownCandidate.class::cast)
                .map(StepDownCandidate::getRouteName).toList();
    }

    @Test
    void aThirtyEightWeekSchoolSteppingDownToFiftyTwoWeekFosterCareSavesTheDifferenceOfTheAnnualCosts() {
        // now: £3,000 x 38 = £114,000 a year; IFA £820 x 52 = £42,640; saving £71,360 a year (not 38 x £2,180 =
        // £82,840); weekly 71,360 / 52 = £1,372.31; in year 71,360 x 73 / 364 = £14,311.21
        PlacementBuilder school = placement().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).weeksPerYear(38)
                .core("3000.00");
        StepDownCandidate ifa = route(school, "residential-to-ifa");
        assertThat(ifa.savings().weekly()).isEqualByComparingTo("1372.31");
        assertThat(ifa.savings().inYear()).isEqualByComparingTo("14311.21");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("71360.00");
        assertThat(ifa.title()).contains("£42,640.00 a year against £114,000.00 a year");
        // in-house foster £646 x 52 = £33,592: saving £80,408, weekly £1,546.31, in year 80,408 x 73 / 364 = £16,125.78
        StepDownCandidate foster = route(school, "residential-to-in-house-foster");
        assertThat(foster.savings().weekly()).isEqualByComparingTo("1546.31");
        assertThat(foster.savings().inYear()).isEqualByComparingTo("16125.78");
        assertThat(foster.savings().fullYear()).isEqualByComparingTo("80408.00");
    }

    @Test
    void aRouteCheaperByTheWeekButDearerOverTheYearIsNotOffered() {
        // £1,000 x 38 = £38,000 a year: IFA £42,640 costs more, so no IFA route; in-house foster £33,592 saves £4,408
        PlacementBuilder school = placement().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).weeksPerYear(38)
                .core("1000.00");
        assertThat(routes(school)).containsExactly("residential-to-in-house-foster");
        assertThat(route(school, "residential-to-in-house-foster").savings().fullYear())
                .isEqualByComparingTo("4408.00");
    }

    @Test
    void theSavingIsAgainstWhatTheCouncilPaysAfterContributions() {
        // £5,000 a week less £1,000 from Health = £4,000 x 52 = £208,000; IFA £42,640: saving £165,360 = £3,180 a week
        StepDownCandidate ifa = route(placement().core("5000.00").healthContribution("1000.00"), "residential-to-ifa");
        assertThat(ifa.savings().weekly()).isEqualByComparingTo("3180.00");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("165360.00");
        assertThat(ifa.savings().fullYear()).isLessThan(placement().core("5000.00").healthContribution("1000.00")
                .build().getNetAnnualCost());
    }

    @Test
    void aMoveBeforeAPlannedEndSavesOnlyUntilThatEnd() {
        // £5,000 x 52 = £260,000 less IFA £42,640 = £217,360 a year; the placement ends 31 Mar 2027, so the move saves
        // 18 Jan to 31 Mar = 73 days: 217,360 x 73 / 364 = £43,591.43, in year and full year alike
        StepDownCandidate ifa = route(placement().core("5000.00").plannedEnd("2027-03-31"), "residential-to-ifa");
        assertThat(ifa.savings().inYear()).isEqualByComparingTo("43591.43");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("43591.43");
    }
}
