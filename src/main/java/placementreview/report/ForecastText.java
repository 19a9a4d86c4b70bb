package placementreview.report;

import placementreview.model.CaseFile;
import placementreview.model.Money;
import placementreview.review.Forecast;
import placementreview.review.ForecastAmounts;
import placementreview.review.ForecastLine;
import placementreview.review.SlipScenario;
import placementreview.review.Variance;

/**
 * The forecast as text: gross cost, contributions and net cost against the budget, then what end-date slips would
 * add, then the biggest lines.
 */
public final class ForecastText {
    private ForecastText() {
    }

    public static String summary(Forecast f) {
        StringBuilder out = new StringBuilder();
        if (f.budget() != null) {
            out.append("Placement budget ").append(Money.gbp(f.budget()))
                    .append(": the gross and the net outturn are each compared with it\n");
        } else {
            out.append("No placement budget in the case file: variance not computed\n");
        }
        TextTable outturn = new TextTable(new String[] {"", "Spent to date", "Committed to planned end or year end",
                "Outturn", "Variance against budget"}, new boolean[] {false, true, true, true, false});
        row(outturn, "Gross cost", f.gross(), f.budget() == null ? "-" : variance(f.grossVariance()));
        row(outturn, "Less health and education contributions", f.contributions(), "");
        row(outturn, "Net cost to the council", f.net(), f.budget() == null ? "-" : variance(f.netVariance()));
        out.append(outturn.render("  ")).append('\n');
        TextTable slips = new TextTable(new String[] {"If planned ends slip by", "Extra gross cost", "Extra net cost",
                "Gross outturn", "Net outturn", "Gross variance", "Net variance", "Costliest slips"},
                new boolean[] {false, true, true, true, true, true, true, false});
        for (SlipScenario s : f.slips()) {
            slips.add(s.weeks() + " weeks", Money.gbp(s.extraCost()), Money.gbp(s.extraNetCost()),
                    Money.gbp(s.outturn()), Money.gbp(s.netOutturn()), amount(s.variance()), amount(s.netVariance()),
                    costliest(s));
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
        out.append("\nLargest gross outturns (").append(Math.min(lines, f.lines().size())).append(" of ")
                .append(f.lines().size()).append(" placements)\n");
        TextTable table = new TextTable(new String[] {"Placement", "Type", "Weekly", "Planned end", "Spent to date",
                "Committed", "Committed to", "Gross outturn", "Contributions", "Net outturn"},
                new boolean[] {false, false, true, false, true, true, false, true, true, true});
        for (ForecastLine l : f.lines().subList(0, Math.min(lines, f.lines().size()))) {
            table.add(l.placementId(), l.type().label(), Money.gbp(l.weeklyCost()),
                    l.plannedEnd() == null ? "not set" : l.plannedEnd().toString(), Money.gbp(l.gross().costToDate()),
                    Money.gbp(l.gross().committed()), committedTo(l), Money.gbp(l.gross().outturn()),
                    Money.gbp(l.contributions().outturn()), Money.gbp(l.net().outturn()));
        }
        out.append(table.render(""));
        return out.toString();
    }

    /** "planned end" or "year end": where this line's commitment stops. */
    static String committedTo(ForecastLine l) {
        return l.stopsAtPlannedEnd() ? "planned end" : "year end";
    }

    /** "P-00049 £83,296, P-00017 £19,937, P-00038 £6,770": the three placements whose slip costs most (gross). */
    static String costliest(SlipScenario s) {
        StringBuilder out = new StringBuilder();
        s.costliest().stream().limit(3).forEach(c -> out.append(out.length() == 0 ? "" : ", ")
                .append(c.placementId()).append(' ').append(Money.gbpWhole(c.extraCost())));
        return out.toString();
    }

    /** "£1,200.00 over budget (2.9%)" or "£300.00 under budget (0.7%)". */
    public static String variance(Variance v) {
        String pct = v.percent() == null ? "" : " (" + v.percent().abs().toPlainString() + "%)";
        return v.amount().signum() > 0 ? Money.gbp(v.amount()) + " over budget" + pct
                : Money.gbp(v.amount().negate()) + " under budget" + pct;
    }

    private static void row(TextTable table, String label, ForecastAmounts a, String variance) {
        table.add(label, Money.gbp(a.costToDate()), Money.gbp(a.committed()), Money.gbp(a.outturn()), variance);
    }

    private static String amount(Variance v) {
        return v == null ? "-" : Money.gbp(v.amount());
    }
}
