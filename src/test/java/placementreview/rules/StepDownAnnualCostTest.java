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
 * Targets at 2026-27 prices (reference/price-index.csv 134.4): IFA £820 at 2020-21 x 134.4 / 112.6 = £978.76;
 * in-house foster £646 at 2016-17 x 134.4 / 100.0 = £868.22.
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
        // now: £3,000 x 38 = £114,000 a year; IFA £978.76 x 52 = £50,895.52; saving £63,104.48 a year (not
        // 38 x £2,021.24); weekly 63,104.48 / 52 = £1,213.55; in year 63,104.48 x 73 / 364 = £12,655.57
        PlacementBuilder school = placement().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).weeksPerYear(38)
                .core("3000.00");
        StepDownCandidate ifa = route(school, "residential-to-ifa");
        assertThat(ifa.savings().weekly()).isEqualByComparingTo("1213.55");
        assertThat(ifa.savings().inYear()).isEqualByComparingTo("12655.57");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("63104.48");
        assertThat(ifa.title()).contains("£50,895.52 a year against £114,000.00 a year");
        // in-house foster £868.22 x 52 = £45,147.44: saving £68,852.56, weekly £1,324.09, in year x 73 / 364 = £13,808.34
        StepDownCandidate foster = route(school, "residential-to-in-house-foster");
        assertThat(foster.savings().weekly()).isEqualByComparingTo("1324.09");
        assertThat(foster.savings().inYear()).isEqualByComparingTo("13808.34");
        assertThat(foster.savings().fullYear()).isEqualByComparingTo("68852.56");
    }

    @Test
    void aRouteCheaperByTheWeekButDearerOverTheYearIsNotOffered() {
        // £1,200 x 38 = £45,600 a year: IFA £50,895.52 costs more, so no IFA route; in-house foster £45,147.44
        // saves £452.56
        PlacementBuilder school = placement().type(PlacementType.RESIDENTIAL_SPECIAL_SCHOOL).weeksPerYear(38)
                .core("1200.00");
        assertThat(routes(school)).containsExactly("residential-to-in-house-foster");
        assertThat(route(school, "residential-to-in-house-foster").savings().fullYear())
                .isEqualByComparingTo("452.56");
    }

    @Test
    void theSavingIsAgainstWhatTheCouncilPaysAfterContributions() {
        // £5,000 a week less £1,000 from Health = £4,000 x 52 = £208,000; IFA £50,895.52: saving £157,104.48
        // = £3,021.24 a week
        StepDownCandidate ifa = route(placement().core("5000.00").healthContribution("1000.00"), "residential-to-ifa");
        assertThat(ifa.savings().weekly()).isEqualByComparingTo("3021.24");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("157104.48");
        assertThat(ifa.savings().fullYear()).isLessThan(placement().core("5000.00").healthContribution("1000.00")
                .build().getNetAnnualCost());
    }

    @Test
    void aMoveBeforeAPlannedEndSavesOnlyUntilThatEnd() {
        // £5,000 x 52 = £260,000 less IFA £50,895.52 = £209,104.48 a year; the placement ends 31 Mar 2027, so the
        // move saves 18 Jan to 31 Mar = 73 days: 209,104.48 x 73 / 364 = £41,935.79, in year and full year alike
        StepDownCandidate ifa = route(placement().core("5000.00").plannedEnd("2027-03-31"), "residential-to-ifa");
        assertThat(ifa.savings().inYear()).isEqualByComparingTo("41935.79");
        assertThat(ifa.savings().fullYear()).isEqualByComparingTo("41935.79");
    }
}
