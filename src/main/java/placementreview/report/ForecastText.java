package placementreview.report;

import java.math.BigDecimal;
import placementreview.model.CaseFile;
import placementreview.model.Money;
import placementreview.review.Forecast;
import placementreview.review.ForecastLine;
import placementreview.review.SlipScenario;

/** The forecast as text: outturn against budget, then what end-date slips would add, then the biggest lines. */
public final class ForecastText {
    private ForecastText() {
    }

    public static String summary(Forecast f) {
        StringBuilder out = new StringBuilder();
        out.append("Forecast outturn ").append(Money.gbp(f.outturn())).append(" = spent to date ")
                .append(Money.gbp(f.costToDate())).append(" + committed to planned end or year end ")
                .append(Money.gbp(f.committed())).append('\n');
        if (f.budget() != null) {
            out.append("Placement budget ").append(Money.gbp(f.budget())).append(": ").append(variance(f.variance(),
                    f.variancePercent())).append('\n');
        } else {
            out.append("No placement budget in the case file: variance not computed\n");
        }
        TextTable slips = new TextTable(new String[] {"If planned ends slip by", "Extra cost", "Outturn", "Variance",
                "Costliest slips"}, new boolean[] {false, true, true, true, false});
        for (SlipScenario s : f.slips()) {
            StringBuilder costliest = new StringBuilder();
            s.costliest().stream().limit(3).forEach(c -> costliest.append(costliest.length() == 0 ? "" : ", ")
                    .append(c.placementId()).append(' ').append(Money.gbpWhole(c.extraCost())));
            slips.add(s.weeks() + " weeks", Money.gbp(s.extraCost()), Money.gbp(s.outturn()),
                    s.variance() == null ? "-" : Money.gbp(s.variance()), costliest.toString());
        }
        out.append(slips.render("  "));
        return out.toString();
    }

    /** "Authority - forecast as of DATE for the financial year START to END" and the rulebase line. */
    public static String header(CaseFile caseFile, String rulebaseVersion) {
        return (caseFile.authority() == null ? "Forecast" : caseFile.authority()) + " - forecast as of "
                + caseFile.asOf() + " for the financial year " + caseFile.financialYear().start() + " to "
                + caseFile.financialYear().end() + "\nRulebase " + rulebaseVersion + "\n";
    }

    public static String render(Forecast f, String header, int lines) {
        StringBuilder out = new StringBuilder(header).append('\n').append(summary(f));
        out.append("\nLargest outturns (").append(Math.min(lines, f.lines().size())).append(" of ")
                .append(f.lines().size()).append(" placements)\n");
        TextTable table = new TextTable(new String[] {"Placement", "Type", "Weekly", "Planned end", "Spent to date",
                "Committed", "Outturn"}, new boolean[] {false, false, true, false, true, true, true});
        for (ForecastLine l : f.lines().subList(0, Math.min(lines, f.lines().size()))) {
            table.add(l.placementId(), l.type().label(), Money.gbp(l.weeklyCost()),
                    l.plannedEnd() == null ? "not set" : l.plannedEnd().toString(), Money.gbp(l.costToDate()),
                    Money.gbp(l.committed()), Money.gbp(l.outturn()));
        }
        out.append(table.render(""));
        return out.toString();
    }

    static String variance(BigDecimal variance, BigDecimal percent) {
        String pct = percent == null ? "" : " (" + percent.abs().toPlainString() + "%)";
        return variance.signum() > 0 ? Money.gbp(variance) + " over budget" + pct
                : Money.gbp(variance.negate()) + " under budget" + pct;
    }
}
