package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.ruleapi.CostCalendar;

/**
 * Forecasts the year's outturn, gross, contributions and net. Per placement and for each weekly amount (the gross
 * cost, the known health and education contributions): spent to date = from the year start (or the placement start,
 * if later) to the day before the review date; committed = from the review date to the planned end or the year end
 * (CostCalendar: days / 7, both ends included); net = gross - contributions, line by line. Totals add the lines.
 * Slip sensitivity: a planned end between the review date and the year end moves later by N weeks, and the extra
 * days up to the year end are added.
 */
public final class Forecaster {
    private static final int COSTLIEST = 10;

    private Forecaster() {
    }

    public static Forecast forecast(List<Placement> placements, ReviewContext context, BigDecimal budget,
                                    List<Integer> slipWeeks) {
        List<ForecastLine> lines = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            ForecastAmounts gross = amounts(p, p.getWeeklyCost(), context);
            ForecastAmounts contributions = amounts(p, p.contributions().knownTotal(), context);
            lines.add(new ForecastLine(p.id(), p.type(), p.getWeeklyCost(), p.plannedEnd(),
                    CostCalendar.lastPaidDayThisYear(p, context), CostCalendar.stopsAtPlannedEnd(p, context), gross,
                    contributions, gross.minus(contributions)));
        }
        lines.sort(Comparator.comparing((ForecastLine l) -> l.gross().outturn()).reversed()
                .thenComparing(ForecastLine::placementId));
        ForecastAmounts gross = total(lines, ForecastLine::gross);
        ForecastAmounts net = total(lines, ForecastLine::net);
        List<SlipScenario> slips = slipWeeks.stream().map(w -> slip(placements, context, w, gross, net, budget))
                .toList();
        return new Forecast(List.copyOf(lines), gross, total(lines, ForecastLine::contributions), net, budget,
                Variance.of(gross.outturn(), budget), Variance.of(net.outturn(), budget), slips);
    }

    private static ForecastAmounts amounts(Placement p, BigDecimal weekly, ReviewContext context) {
        return ForecastAmounts.of(costToDate(p, weekly, context), CostCalendar.amountToYearEnd(weekly, p, context));
    }

    static BigDecimal costToDate(Placement p, BigDecimal weekly, ReviewContext context) {
        LocalDate from = p.start().isAfter(context.yearStart()) ? p.start() : context.yearStart();
        // a placement in the case file is current, so it has been paid for every day up to the review date
        return CostCalendar.spentBefore(weekly, p.weeksPerYear(), from, context.asOf());
    }

    /** Extra cost this year of a weekly amount of this placement if its planned end slips by the given weeks. */
    static BigDecimal slipCost(Placement p, BigDecimal weekly, ReviewContext context, int weeks) {
        LocalDate end = p.plannedEnd();
        if (end == null || end.isBefore(context.asOf()) || !end.isBefore(context.yearEnd())) {
            return BigDecimal.ZERO.setScale(2);
        }
        LocalDate slipped = end.plusWeeks(weeks);
        LocalDate last = slipped.isBefore(context.yearEnd()) ? slipped : context.yearEnd();
        return CostCalendar.costBetween(weekly, p.weeksPerYear(), end.plusDays(1), last);
    }

    private static SlipScenario slip(List<Placement> placements, ReviewContext context, int weeks,
                                     ForecastAmounts gross, ForecastAmounts net, BigDecimal budget) {
        List<SlipScenario.SlipCost> costs = new ArrayList<>();
        BigDecimal extraContributions = BigDecimal.ZERO.setScale(2);
        for (Placement p : placements) {
            BigDecimal extra = slipCost(p, p.getWeeklyCost(), context, weeks);
            if (extra.signum() > 0) {
                costs.add(new SlipScenario.SlipCost(p.id(), p.plannedEnd(), extra));
            }
            extraContributions = extraContributions.add(slipCost(p, p.contributions().knownTotal(), context, weeks));
        }
        costs.sort(Comparator.comparing(SlipScenario.SlipCost::extraCost).reversed()
                .thenComparing(SlipScenario.SlipCost::placementId));
        BigDecimal extra = sum(costs.stream().map(SlipScenario.SlipCost::extraCost).toList());
        BigDecimal extraNet = extra.subtract(extraContributions);
        BigDecimal outturn = gross.outturn().add(extra);
        BigDecimal netOutturn = net.outturn().add(extraNet);
        return new SlipScenario(weeks, extra, extraNet, outturn, netOutturn, Variance.of(outturn, budget),
                Variance.of(netOutturn, budget), List.copyOf(costs.subList(0, Math.min(COSTLIEST, costs.size()))));
    }

    private static ForecastAmounts total(List<ForecastLine> lines, Function<ForecastLine, ForecastAmounts> part) {
        return lines.stream().map(part).reduce(ForecastAmounts.ZERO, ForecastAmounts::plus);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
