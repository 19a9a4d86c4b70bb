package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import placementreview.model.Money;

class CostCalendarTest {
    @Test
    void aPeriodCountsBothEndDaysAndAWeekIsSevenDays() {
        assertThat(CostCalendar.daysInclusive(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))).isEqualTo(365);
        assertThat(CostCalendar.costBetween(new BigDecimal("700"), 52, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 7))).isEqualByComparingTo("700.00");
    }

    @Test
    void anEmptyPeriodCostsNothing() {
        assertThat(CostCalendar.costBetween(new BigDecimal("700"), 52, LocalDate.of(2026, 1, 8),
                LocalDate.of(2026, 1, 7))).isEqualByComparingTo("0.00");
    }

    @Test
    void aTermTimePlacementIsPaidForItsShareOfTheWeeks() {
        assertThat(CostCalendar.costBetween(new BigDecimal("5200"), 38, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 7))).isEqualByComparingTo("3800.00");
    }

    @Test
    void moneyIsShownAsPoundsAndPence() {
        assertThat(Money.gbp(new BigDecimal("12340"))).isEqualTo("£12,340.00");
        assertThat(Money.gbp(new BigDecimal("-5.005"))).isEqualTo("-£5.01");
    }
}
