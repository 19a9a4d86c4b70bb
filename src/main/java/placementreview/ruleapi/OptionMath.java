package placementreview.ruleapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import placementreview.model.Money;

/** Arithmetic the cost-reduction rules call, so each consequence stays one line. Money in pounds, to the penny. */
public final class OptionMath {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OptionMath() {
    }

    /** One of {@code parts} equal shares of an amount (one worker's share of a 2:1 staffing cost). */
    public static BigDecimal share(BigDecimal amount, int parts) {
        return amount.divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP);
    }

    /**
     * The part of a weekly fee gap a negotiation is expected to achieve: gap x sharePct / 100, to the penny (the
     * reference parameter negotiation-achievable-share-pct).
     */
    public static BigDecimal achievable(BigDecimal gap, BigDecimal sharePct) {
        return Money.pence(gap.multiply(sharePct).divide(HUNDRED));
    }

    /** The highest fee a cap allows: the previous fee raised by capPct per cent. */
    public static BigDecimal capped(BigDecimal previous, BigDecimal capPct) {
        return Money.pence(previous.multiply(BigDecimal.ONE.add(capPct.divide(HUNDRED))));
    }

    /** The uplift from previous to current, in per cent to one decimal place. */
    public static BigDecimal upliftPct(BigDecimal previous, BigDecimal current) {
        return current.subtract(previous).multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
    }

    /**
     * The weekly saving, averaged over the year, of paying a placement only for the weeks the EHCP needs instead of
     * weeksPerYear, less the cost of care in the weeks no longer paid for:
     * (weeklyCost - holidayCareWeekly) x (weeksPerYear - ehcpWeeks) / weeksPerYear.
     */
    public static BigDecimal termTimeWeeklySaving(BigDecimal weeklyCost, BigDecimal holidayCareWeekly, int weeksPerYear,
                                                  int ehcpWeeks) {
        BigDecimal perWeekNotPaid = weeklyCost.subtract(holidayCareWeekly).max(BigDecimal.ZERO);
        return perWeekNotPaid.multiply(BigDecimal.valueOf(weeksPerYear - ehcpWeeks))
                .divide(BigDecimal.valueOf(weeksPerYear), 10, RoundingMode.HALF_UP);
    }

    /** True when no date in the list falls on or after {@code since} (the list must be known). */
    public static boolean noneOnOrAfter(List<LocalDate> dates, LocalDate since) {
        return latestOnOrAfter(java.util.Objects.requireNonNull(dates, "dates"), since) == null;
    }

    /**
     * The latest of the dates on or after {@code since} (a look-back window counts its first day), or null when none
     * is or the list is unknown (null).
     */
    public static LocalDate latestOnOrAfter(List<LocalDate> dates, LocalDate since) {
        if (dates == null) {
            return null;
        }
        return dates.stream().filter(d -> !d.isBefore(since)).max(LocalDate::compareTo).orElse(null);
    }

    /** The latest date in a known list, or null when it is empty. */
    public static LocalDate latest(List<LocalDate> dates) {
        return dates.stream().max(LocalDate::compareTo).orElse(null);
    }

    /** A date written as a number yyyymmdd in a reference table (e.g. 20231028). */
    public static LocalDate date(BigDecimal yyyymmdd) {
        int v = yyyymmdd.intValueExact();
        return LocalDate.of(v / 10000, (v / 100) % 100, v % 100);
    }

    /** Whole weeks from one date to a later one. */
    public static long weeksBetween(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.WEEKS.between(from, to);
    }
}
