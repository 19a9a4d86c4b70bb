package placementreview.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.ruleapi.CostCalendar;

/**
 * Forecasts the year's outturn. Per placement: cost to date = from the year start (or the placement start, if
 * later) to the day before the review date; committed = from the review date to the planned end or the year end
 * (CostCalendar: days / 7, both ends included). Slip sensitivity: a planned end between the review date and the year
 * end moves later by N weeks, and the extra days up to the year end are added.
 */
public final class Forecaster {
    private static final int COSTLIEST = 10;

    private Forecaster() {
    }

    public static Forecast forecast(List<Placement> placements, ReviewContext context, BigDecimal budget,
                                    List<Integer> slipWeeks) {
        List<ForecastLine> lines = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            BigDecimal toDate = costToDate(p, context);
            BigDecimal committed = CostCalendar.costToYearEnd(p, context);
            lines.add(new ForecastLine(p.id(), p.type(), p.getWeeklyCost(), p.plannedEnd(), toDate, committed,
                    toDate.add(committed)));
        }
        lines.sort(Comparator.comparing(ForecastLine::outturn).reversed().thenComparing(ForecastLine::placementId));
        BigDecimal toDate = sum(lines.stream().map(ForecastLine::costToDate).toList());
        BigDecimal committed = sum(lines.stream().map(ForecastLine::committed).toList());
        BigDecimal outturn = toDate.add(committed);
        List<SlipScenario> slips = slipWeeks.stream().map(w -> slip(placements, context, w, outturn, budget))
                .toList();
        return new Forecast(List.copyOf(lines), toDate, committed, outturn, budget, variance(outturn, budget),
                percent(outturn, budget), slips);
    }

    static BigDecimal costToDate(Placement p, ReviewContext context) {
        LocalDate from = p.start().isAfter(context.yearStart()) ? p.start() : context.yearStart();
        // a placement in the case file is current, so it has been paid for every day up to the review date
        return CostCalendar.costBetween(p.getWeeklyCost(), p.weeksPerYear(), from, context.asOf().minusDays(1));
    }

    /** Extra cost this year if this placement's planned end slips by the given weeks. */
    static BigDecimal slipCost(Placement p, ReviewContext context, int weeks) {
        LocalDate end = p.plannedEnd();
        if (end == null || end.isBefore(context.asOf()) || !end.isBefore(context.yearEnd())) {
            return BigDecimal.ZERO.setScale(2);
        }
        LocalDate slipped = end.plusWeeks(weeks);
        LocalDate last = slipped.isBefore(context.yearEnd()) ? slipped : context.yearEnd();
        return CostCalendar.costBetween(p.getWeeklyCost(), p.weeksPerYear(), end.plusDays(1), last);
    }

    private static SlipScenario slip(List<Placement> placements, ReviewContext context, int weeks,
                                     BigDecimal outturn, BigDecimal budget) {
        List<SlipScenario.SlipCost> costs = new ArrayList<>();
        for (Placement p : placements) {
            BigDecimal extra = slipCost(p, context, weeks);
            if (extra.signum() > 0) {
                costs.add(new SlipScenario.SlipCost(p.id(), p.plannedEnd(), extra));
            }
        }
        costs.sort(Comparator.comparing(SlipScenario.SlipCost::extraCost).reversed()
                .thenComparing(SlipScenario.SlipCost::placementId));
        BigDecimal extra = sum(costs.stream().map(SlipScenario.SlipCost::extraCost).toList());
        BigDecimal slipped = outturn.add(extra);
        return new SlipScenario(weeks, extra, slipped, variance(slipped, budget),
                List.copyOf(costs.subList(0, Math.min(COSTLIEST, costs.size()))));
    }

    private static BigDecimal variance(BigDecimal outturn, BigDecimal budget) {
        return budget == null ? null : outturn.subtract(budget);
    }

    private static BigDecimal percent(BigDecimal outturn, BigDecimal budget) {
        if (budget == null || budget.signum() == 0) {
            return null;
        }
        return outturn.subtract(budget).multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
