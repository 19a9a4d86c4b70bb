package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionMathTest {

    @Test
    void sharesCappedFeesAndUplifts() {
        assertThat(OptionMath.share(new BigDecimal("2000.01"), 2)).isEqualByComparingTo("1000.01");
        assertThat(OptionMath.capped(new BigDecimal("5000"), new BigDecimal("4"))).isEqualByComparingTo("5200.00");
        assertThat(OptionMath.upliftPct(new BigDecimal("4000"), new BigDecimal("4210"))).isEqualByComparingTo("5.3");
    }

    @Test
    void termTimeSavingIsAveragedOverTheWeeksPaid() {
        BigDecimal weekly = OptionMath.termTimeWeeklySaving(new BigDecimal("5000"), new BigDecimal("646"), 52, 38);
        // (5000 - 646) x 14 weeks not paid = 60,956 a year: the weekly average x 52
        assertThat(placementreview.model.Money.pence(weekly.multiply(BigDecimal.valueOf(52)))).isEqualByComparingTo("60956.00");
        assertThat(OptionMath.termTimeWeeklySaving(new BigDecimal("500"), new BigDecimal("646"), 52, 38))
                .isEqualByComparingTo("0");
    }

    @Test
    void datesAndIncidentWindows() {
        assertThat(OptionMath.date(new BigDecimal("20231028"))).isEqualTo(LocalDate.of(2023, 10, 28));
        List<LocalDate> incidents = List.of(LocalDate.of(2026, 8, 30), LocalDate.of(2026, 1, 1));
        assertThat(OptionMath.noneOnOrAfter(incidents, LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(OptionMath.noneOnOrAfter(incidents, LocalDate.of(2026, 8, 30))).isFalse();
        assertThat(OptionMath.latest(incidents)).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(OptionMath.latest(List.of())).isNull();
    }

    @Test
    void latestDateInTheWindowCountsTheFirstDay() {
        LocalDate since = LocalDate.of(2026, 8, 25);
        assertThat(OptionMath.latestOnOrAfter(List.of(LocalDate.of(2026, 8, 24)), since)).isNull();
        assertThat(OptionMath.latestOnOrAfter(List.of(since), since)).isEqualTo(since);
        assertThat(OptionMath.latestOnOrAfter(List.of(since, LocalDate.of(2026, 10, 1), LocalDate.of(2025, 1, 1)),
                since)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(OptionMath.latestOnOrAfter(List.of(), since)).isNull();
        assertThat(OptionMath.latestOnOrAfter(null, since)).isNull();
    }
}
