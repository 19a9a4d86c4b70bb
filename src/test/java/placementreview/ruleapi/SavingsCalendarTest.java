package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;
import placementreview.testing.PlacementBuilder;

/**
 * When a saving runs. Review date Mon 23 Nov 2026, financial year 1 Apr 2026 - 31 Mar 2027; £700 a week = £100 a day.
 * In year: from the day the option takes effect to the planned end or the year end. Full year: the 52 weeks (364 days)
 * from that day, ending at the planned end when that is sooner.
 */
class SavingsCalendarTest {
    private static final ReviewContext CONTEXT = new ReviewContext(LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    private static final BigDecimal WEEKLY = new BigDecimal("700.00");

    private static Savings savings(PlacementBuilder placement, int leadWeeks) {
        return CostCalendar.savings(WEEKLY, placement.build(), CONTEXT, leadWeeks);
    }

    @Test
    void aPlacementEndingTenWeeksAfterTheReviewSavesTenWeeksInAFullYear() {
        // 23 Nov 2026 to 31 Jan 2027 = 70 days = 10 weeks x £700 = £7,000 (it was 52 weeks: £36,400)
        Savings s = savings(placement().plannedEnd("2027-01-31"), 0);
        assertThat(s.weekly()).isEqualByComparingTo("700.00");
        assertThat(s.inYear()).isEqualByComparingTo("7000.00");
        assertThat(s.fullYear()).isEqualByComparingTo("7000.00");
    }

    @Test
    void theLeadTimeComesOffTheFullYearOfAPlacementThatEndsSooner() {
        // takes effect 21 Dec 2026 (4 weeks on); to 31 Jan 2027 = 42 days = £4,200
        Savings s = savings(placement().plannedEnd("2027-01-31"), 4);
        assertThat(s.inYear()).isEqualByComparingTo("4200.00");
        assertThat(s.fullYear()).isEqualByComparingTo("4200.00");
    }

    @Test
    void aPlacementWithoutAnEndOrEndingLaterSavesFiftyTwoWeeks() {
        // in year: 21 Dec 2026 to 31 Mar 2027 = 101 days = £10,100; full year 52 x £700 = £36,400
        assertThat(savings(placement().plannedEnd(null), 4).fullYear()).isEqualByComparingTo("36400.00");
        assertThat(savings(placement().plannedEnd(null), 4).inYear()).isEqualByComparingTo("10100.00");
        // the 52 weeks from 21 Dec 2026 end on 19 Dec 2027: an end on that day still leaves the full 52 weeks
        assertThat(savings(placement().plannedEnd("2027-12-19"), 4).fullYear()).isEqualByComparingTo("36400.00");
        // one day sooner: 363 days = £36,300
        assertThat(savings(placement().plannedEnd("2027-12-18"), 4).fullYear()).isEqualByComparingTo("36300.00");
    }

    @Test
    void aPlacementAlreadyPastItsPlannedEndIsAssumedToContinue() {
        Savings s = savings(placement().plannedEnd("2026-10-01"), 4);
        assertThat(s.fullYear()).isEqualByComparingTo("36400.00");
        assertThat(s.inYear()).isEqualByComparingTo("10100.00");
    }

    @Test
    void aPlacementEndingBeforeTheOptionCanTakeEffectSavesNothing() {
        Savings s = savings(placement().plannedEnd("2026-12-01"), 4);
        assertThat(s.inYear()).isEqualByComparingTo("0.00");
        assertThat(s.fullYear()).isEqualByComparingTo("0.00");
    }

    @Test
    void aTermTimePlacementSavesItsWeeksAYear() {
        // 38 weeks a year: full year 38 x £700 = £26,600; ending 31 Jan 2027 (10 weeks): 10 x 38/52 x £700 = £5,115.38
        assertThat(savings(placement().weeksPerYear(38), 0).fullYear()).isEqualByComparingTo("26600.00");
        assertThat(savings(placement().weeksPerYear(38).plannedEnd("2027-01-31"), 0).fullYear())
                .isEqualByComparingTo("5115.38");
    }

    @Test
    void anAnnualSavingIsShownWeeklyAsAYearOverFiftyTwo() {
        // £71,360 a year: £1,372.31 a week (1,372.3077); from 18 Jan 2027 (8 weeks on) to 31 Mar = 73 days:
        // 71,360 x 73 / 364 = £14,311.21
        Savings s = CostCalendar.annualSavings(new BigDecimal("71360"), placement().build(), CONTEXT, 8);
        assertThat(s.weekly()).isEqualByComparingTo("1372.31");
        assertThat(s.inYear()).isEqualByComparingTo("14311.21");
        assertThat(s.fullYear()).isEqualByComparingTo("71360.00");
    }

    @Test
    void spentBeforeTheReviewDateStopsTheDayBefore() {
        // 16 to 22 Nov 2026 = 7 days = £700; a period starting on the review date has spent nothing yet
        assertThat(CostCalendar.spentBefore(WEEKLY, 52, LocalDate.of(2026, 11, 16), CONTEXT.asOf()))
                .isEqualByComparingTo("700.00");
        assertThat(CostCalendar.spentBefore(WEEKLY, 52, CONTEXT.asOf(), CONTEXT.asOf())).isEqualByComparingTo("0.00");
    }
}
