package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.ReviewContext;

/** Forecast arithmetic against hand computation: year 1 Apr 2026 - 31 Mar 2027, review date 23 Nov 2026. */
class ForecasterTest {
    private static final ReviewContext CONTEXT = new ReviewContext(LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

    private static ForecastLine line(Forecast f, String id) {
        return f.lines().stream().filter(l -> l.placementId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aMidYearStartIsCountedFromItsStart() {
        // 1 Jun to 22 Nov = 175 days; 23 Nov to 31 Mar = 129 days; £700 a week = £100 a day
        Forecast f = Forecaster.forecast(List.of(placement().id("P-A").start("2026-06-01").core("700.00").build()),
                CONTEXT, null, List.of());
        assertThat(line(f, "P-A").gross().costToDate()).isEqualByComparingTo("17500.00");
        assertThat(line(f, "P-A").gross().committed()).isEqualByComparingTo("12900.00");
        assertThat(f.gross().outturn()).isEqualByComparingTo("30400.00");
        assertThat(f.grossVariance()).isNull();
    }

    @Test
    void anEndBeforeTheYearEndStopsTheCommitmentAndSlipsAddTheExtraDays() {
        // 1 Apr to 22 Nov = 236 days; 23 Nov to 31 Jan = 70 days; £1,400 a week = £200 a day
        Forecast f = Forecaster.forecast(List.of(placement().id("P-B").start("2025-01-01").plannedEnd("2027-01-31")
                .core("1400.00").build()), CONTEXT, new BigDecimal("50000"), List.of(4, 12));
        assertThat(line(f, "P-B").gross().costToDate()).isEqualByComparingTo("47200.00");
        assertThat(line(f, "P-B").gross().committed()).isEqualByComparingTo("14000.00");
        assertThat(f.grossVariance().amount()).isEqualByComparingTo("11200.00");
        assertThat(f.grossVariance().percent()).isEqualByComparingTo("22.4");
        // 4 weeks: 1 to 28 Feb = 28 days; 12 weeks would run to 25 Apr, past the year end: 1 Feb to 31 Mar = 59 days
        assertThat(f.slips()).extracting(SlipScenario::extraCost).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("5600.00"), new BigDecimal("11800.00"));
        assertThat(f.slips().get(1).outturn()).isEqualByComparingTo("73000.00");
        assertThat(f.slips().get(1).costliest()).extracting(SlipScenario.SlipCost::placementId).containsExactly("P-B");
    }

    @Test
    void anEndAfterTheYearEndCommitsToTheYearEndAndASlipChangesNothing() {
        Forecast f = Forecaster.forecast(List.of(placement().id("P-C").start("2025-01-01").plannedEnd("2027-06-30")
                .core("700.00").build()), CONTEXT, null, List.of(26));
        assertThat(line(f, "P-C").gross().committed()).isEqualByComparingTo("12900.00");
        assertThat(f.slips().get(0).extraCost()).isEqualByComparingTo("0.00");
    }

    @Test
    void aPlacementPastItsPlannedEndIsStillPaidForToTheYearEnd() {
        Forecast f = Forecaster.forecast(List.of(placement().id("P-D").start("2025-01-01").plannedEnd("2026-10-01")
                .core("700.00").build()), CONTEXT, null, List.of(4));
        assertThat(line(f, "P-D").gross().committed()).isEqualByComparingTo("12900.00");
        assertThat(line(f, "P-D").gross().costToDate()).isEqualByComparingTo("23600.00");
        assertThat(f.slips().get(0).extraCost()).isEqualByComparingTo("0.00");
    }

    @Test
    void aBudgetUnderspendIsANegativeVariance() {
        Forecast f = Forecaster.forecast(List.of(placement().id("P-A").start("2026-06-01").core("700.00").build()),
                CONTEXT, new BigDecimal("40000"), List.of());
        assertThat(f.grossVariance().amount()).isEqualByComparingTo("-9600.00");
        assertThat(f.grossVariance().percent()).isEqualByComparingTo("-24.0");
    }

    @Test
    void grossContributionsAndNetEachHaveTheirOutturnAndNetAndGrossTheirVariance() {
        // £1,400 a week (£200 a day) with Health paying £350 (£50 a day) and Education £350: net £700 (£100 a day).
        // Spent to date 1 Apr to 22 Nov = 236 days; committed 23 Nov to 31 Jan = 70 days (stops at the planned end).
        Forecast f = Forecaster.forecast(List.of(placement().id("P-B").start("2025-01-01").plannedEnd("2027-01-31")
                .core("1400.00").healthContribution("350.00").educationContribution("350.00").build()), CONTEXT,
                new BigDecimal("50000"), List.of(4));
        assertThat(f.gross().outturn()).isEqualByComparingTo("61200.00");
        assertThat(f.contributions().costToDate()).isEqualByComparingTo("23600.00");
        assertThat(f.contributions().committed()).isEqualByComparingTo("7000.00");
        assertThat(f.net().costToDate()).isEqualByComparingTo("23600.00");
        assertThat(f.net().committed()).isEqualByComparingTo("7000.00");
        assertThat(f.net().outturn()).isEqualByComparingTo("30600.00");
        assertThat(f.grossVariance().amount()).isEqualByComparingTo("11200.00");
        assertThat(f.netVariance().amount()).isEqualByComparingTo("-19400.00");
        assertThat(f.netVariance().percent()).isEqualByComparingTo("-38.8");
        // a 4-week slip adds 28 days: £5,600 gross, £2,800 net
        assertThat(f.slips().get(0).extraCost()).isEqualByComparingTo("5600.00");
        assertThat(f.slips().get(0).extraNetCost()).isEqualByComparingTo("2800.00");
        assertThat(f.slips().get(0).netOutturn()).isEqualByComparingTo("33400.00");
        assertThat(f.slips().get(0).netVariance().amount()).isEqualByComparingTo("-16600.00");
        ForecastLine line = line(f, "P-B");
        assertThat(line.stopsAtPlannedEnd()).isTrue();
        assertThat(line.committedUntil()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void theTotalsAddTheLinesAsShown() {
        // £100.01 a week over 129 days = 1,843.0414... -> £1,843.04 a line; two lines add to £3,686.08 as shown
        Forecast f = Forecaster.forecast(List.of(placement().id("P-A").start("2025-01-01").core("100.01").build(),
                placement().id("P-B").start("2025-01-01").core("100.01").build()), CONTEXT, null, List.of());
        assertThat(line(f, "P-A").gross().committed()).isEqualByComparingTo("1843.04");
        assertThat(f.gross().committed()).isEqualByComparingTo("3686.08");
        assertThat(line(f, "P-A").stopsAtPlannedEnd()).isFalse();
        assertThat(line(f, "P-A").committedUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
