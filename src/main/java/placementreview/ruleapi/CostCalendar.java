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
 * Turns weekly and annual amounts into amounts over a period. Convention (docs/money.md): a period counts its days,
 * first and last day included, and a week is 7 days, so weeks = days / 7. A placement that runs fewer than 52 weeks
 * a year (a 38-week school) is paid for weeksPerYear / 52 of those weeks, so an annual amount (weekly x weeksPerYear)
 * spreads evenly over the 364 days of 52 weeks. Results are rounded to the penny.
 */
public final class CostCalendar {
    private static final long DAYS_IN_52_WEEKS = 7 * 52;
    private static final BigDecimal DAYS_IN_A_52_WEEK_YEAR = BigDecimal.valueOf(DAYS_IN_52_WEEKS);
    private static final BigDecimal WEEKS_IN_A_YEAR = BigDecimal.valueOf(52);

    private CostCalendar() {
    }

    /** Days from one date to another, both included; zero when the period is empty. */
    public static long daysInclusive(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return Math.max(0, days);
    }

    /** The cost of a weekly amount over the days from {@code from} to {@code to}, both included. */
    public static BigDecimal costBetween(BigDecimal weekly, int weeksPerYear, LocalDate from, LocalDate to) {
        return annualBetween(weekly.multiply(BigDecimal.valueOf(weeksPerYear)), from, to);
    }

    /** An annual amount (what 52 weeks cost) over the days from {@code from} to {@code to}: annual x days / 364. */
    public static BigDecimal annualBetween(BigDecimal annual, LocalDate from, LocalDate to) {
        BigDecimal days = BigDecimal.valueOf(daysInclusive(from, to));
        return annual.multiply(days).divide(DAYS_IN_A_52_WEEK_YEAR, 2, RoundingMode.HALF_UP);
    }

    /**
     * What a weekly amount cost from {@code from} up to the day before the review date: the forecast's spent to date,
     * and the cost paid since a planned end passed (CR-11), count the same days.
     */
    public static BigDecimal spentBefore(BigDecimal weekly, int weeksPerYear, LocalDate from, LocalDate asOf) {
        return costBetween(weekly, weeksPerYear, from, asOf.minusDays(1));
    }

    /**
     * The last day this year that the placement is paid for: its planned end or the year end, whichever is first.
     * A placement still on the caseload after its planned end has passed is overdue, not ended: it is assumed to
     * continue to the year end (the drift the cost-reduction rules flag).
     */
    public static LocalDate lastPaidDayThisYear(Placement placement, ReviewContext context) {
        return endsBefore(placement, context, context.yearEnd()) ? placement.plannedEnd() : context.yearEnd();
    }

    /** True when the cost to year end stops at the planned end rather than at the financial-year end. */
    public static boolean stopsAtPlannedEnd(Placement placement, ReviewContext context) {
        return endsBefore(placement, context, context.yearEnd());
    }

    /** Cost from the review date (or the start, if later) to the planned end or financial-year end. */
    public static BigDecimal costToYearEnd(Placement placement, ReviewContext context) {
        return amountToYearEnd(placement.getWeeklyCost(), placement, context);
    }

    /** A weekly amount of this placement (its cost, or a contribution) over the same days as its cost to year end. */
    public static BigDecimal amountToYearEnd(BigDecimal weekly, Placement placement, ReviewContext context) {
        LocalDate from = later(context.asOf(), placement.start());
        return costBetween(weekly, placement.weeksPerYear(), from, lastPaidDayThisYear(placement, context));
    }

    /**
     * What a weekly saving is worth this financial year if it takes effect {@code leadWeeks} weeks after the review
     * date, and stops at the planned end date.
     */
    public static BigDecimal inYearSaving(BigDecimal weeklySaving, Placement placement, ReviewContext context,
                                          int leadWeeks) {
        return costBetween(weeklySaving, placement.weeksPerYear(), takesEffect(placement, context, leadWeeks),
                lastPaidDayThisYear(placement, context));
    }

    /**
     * The last day a full-year saving counts: 52 weeks (364 days) from the day the option takes effect, or the
     * planned end when that is sooner. A planned end already passed is ignored: the placement is assumed to continue.
     */
    public static LocalDate lastDayOfFullYear(Placement placement, ReviewContext context, LocalDate takesEffect) {
        LocalDate fiftyTwoWeeksOn = takesEffect.plusDays(DAYS_IN_52_WEEKS - 1);
        return endsBefore(placement, context, fiftyTwoWeeksOn) ? placement.plannedEnd() : fiftyTwoWeeksOn;
    }

    /** The day an option takes effect: {@code leadWeeks} after the review date, or the placement's start if later. */
    public static LocalDate takesEffect(Placement placement, ReviewContext context, int leadWeeks) {
        return later(context.asOf().plusWeeks(leadWeeks), placement.start());
    }

    /**
     * A weekly saving of this placement: weekly as given; in year from the day it takes effect to the planned end or
     * year end; full year over the 52 weeks after it takes effect, ending at the planned end when sooner.
     */
    public static Savings savings(BigDecimal weeklySaving, Placement placement, ReviewContext context, int leadWeeks) {
        BigDecimal annual = weeklySaving.multiply(BigDecimal.valueOf(placement.weeksPerYear()));
        return fromAnnual(annual, Money.pence(weeklySaving), placement, context, leadWeeks);
    }

    /**
     * A saving given as an annual amount (what 52 weeks of the change save, e.g. a move to a setting that runs a
     * different number of weeks a year): weekly shown as annual / 52; in year and full year as {@link #savings}.
     */
    public static Savings annualSavings(BigDecimal annualSaving, Placement placement, ReviewContext context,
                                        int leadWeeks) {
        BigDecimal weekly = annualSaving.divide(WEEKS_IN_A_YEAR, 2, RoundingMode.HALF_UP);
        return fromAnnual(annualSaving, weekly, placement, context, leadWeeks);
    }

    private static Savings fromAnnual(BigDecimal annual, BigDecimal weeklyShown, Placement placement,
                                      ReviewContext context, int leadWeeks) {
        LocalDate from = takesEffect(placement, context, leadWeeks);
        return new Savings(weeklyShown, annualBetween(annual, from, lastPaidDayThisYear(placement, context)),
                annualBetween(annual, from, lastDayOfFullYear(placement, context, from)));
    }

    /**
     * A weekly change to a placement known by its weeks a year and planned end (a recorded caseload), running from
     * {@code from}: in year to the planned end or {@code yearEnd}, whichever is first; full year the 52 weeks from
     * {@code from}, ending at the planned end when sooner. A planned end before {@code from} is ignored (the
     * placement is assumed to continue), as {@link #savings} does for a review on that day with no lead time.
     */
    public static Savings weeklyFrom(BigDecimal weekly, int weeksPerYear, LocalDate plannedEnd, LocalDate from,
                                     LocalDate yearEnd) {
        BigDecimal annual = weekly.multiply(BigDecimal.valueOf(weeksPerYear));
        boolean ends = plannedEnd != null && !plannedEnd.isBefore(from);
        LocalDate lastInYear = ends && plannedEnd.isBefore(yearEnd) ? plannedEnd : yearEnd;
        LocalDate fiftyTwoWeeksOn = from.plusDays(DAYS_IN_52_WEEKS - 1);
        LocalDate lastOfFullYear = ends && plannedEnd.isBefore(fiftyTwoWeeksOn) ? plannedEnd : fiftyTwoWeeksOn;
        return new Savings(Money.pence(weekly), annualBetween(annual, from, lastInYear),
                annualBetween(annual, from, lastOfFullYear));
    }

    /** True when the placement's planned end is on or after the review date and before {@code date}. */
    private static boolean endsBefore(Placement placement, ReviewContext context, LocalDate date) {
        LocalDate end = placement.plannedEnd();
        return end != null && !end.isBefore(context.asOf()) && end.isBefore(date);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
