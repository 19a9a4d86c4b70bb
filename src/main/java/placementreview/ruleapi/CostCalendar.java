package placementreview.ruleapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;

/**
 * Turns weekly amounts into amounts over a period. Convention (documented in cases/README.md): a period counts its
 * days, first and last day included, and a week is 7 days, so weeks = days / 7. A placement that runs fewer than 52
 * weeks a year (a 38-week school) is paid for weeksPerYear / 52 of those weeks. Results are rounded to the penny.
 */
public final class CostCalendar {
    private static final BigDecimal DAYS_IN_A_52_WEEK_YEAR = BigDecimal.valueOf(7 * 52);

    private CostCalendar() {
    }

    /** Days from one date to another, both included; zero when the period is empty. */
    public static long daysInclusive(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return Math.max(0, days);
    }

    /** The cost of a weekly amount over the days from {@code from} to {@code to}, both included. */
    public static BigDecimal costBetween(BigDecimal weekly, int weeksPerYear, LocalDate from, LocalDate to) {
        BigDecimal days = BigDecimal.valueOf(daysInclusive(from, to));
        BigDecimal scaled = weekly.multiply(days).multiply(BigDecimal.valueOf(weeksPerYear));
        return scaled.divide(DAYS_IN_A_52_WEEK_YEAR, 2, RoundingMode.HALF_UP);
    }

    /**
     * The last day this year that the placement is paid for: its planned end or the year end, whichever is first.
     * A placement still on the caseload after its planned end has passed is overdue, not ended: it is assumed to
     * continue to the year end (the drift the cost-reduction rules flag).
     */
    public static LocalDate lastPaidDayThisYear(Placement placement, ReviewContext context) {
        LocalDate end = placement.plannedEnd();
        boolean endsLaterThisYear = end != null && !end.isBefore(context.asOf()) && end.isBefore(context.yearEnd());
        return endsLaterThisYear ? end : context.yearEnd();
    }

    /** Cost from the review date (or the start, if later) to the planned end or financial-year end. */
    public static BigDecimal costToYearEnd(Placement placement, ReviewContext context) {
        LocalDate from = later(context.asOf(), placement.start());
        return costBetween(placement.getWeeklyCost(), placement.weeksPerYear(), from,
                lastPaidDayThisYear(placement, context));
    }

    /**
     * What a weekly saving is worth this financial year if it takes effect {@code leadWeeks} weeks after the review
     * date, and stops at the planned end date.
     */
    public static BigDecimal inYearSaving(BigDecimal weeklySaving, Placement placement, ReviewContext context,
                                          int leadWeeks) {
        LocalDate from = later(context.asOf().plusWeeks(leadWeeks), placement.start());
        return costBetween(weeklySaving, placement.weeksPerYear(), from, lastPaidDayThisYear(placement, context));
    }

    /** A weekly amount over a full year of the placement (weekly times weeks per year). */
    public static BigDecimal fullYear(BigDecimal weekly, int weeksPerYear) {
        return Money.pence(weekly.multiply(BigDecimal.valueOf(weeksPerYear)));
    }

    public static Savings savings(BigDecimal weeklySaving, Placement placement, ReviewContext context, int leadWeeks) {
        return new Savings(Money.pence(weeklySaving), inYearSaving(weeklySaving, placement, context, leadWeeks),
                fullYear(weeklySaving, placement.weeksPerYear()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
