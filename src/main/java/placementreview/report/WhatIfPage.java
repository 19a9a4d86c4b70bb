package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import placementreview.model.Money;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.PlacementChange;
import placementreview.review.WhatIf;
import placementreview.review.WhatIfTotals;

/**
 * What the what-if page (whatif/page.jte) shows, worked out and formatted in Java: both rulebases, the totals before,
 * after and their difference, the chart and table of the difference by option family, the rule changes and the
 * placements that changed (the same sentences as the terminal text).
 */
public record WhatIfPage(String title, String authority, String asOf, String baseSource, String baseVersion,
                         String changedSource, String changedVersion, List<Line> totals, DifferenceByFamilyChart chart,
                         List<Line> families, String ruleChanges, String placementsSummary,
                         List<PlacementRow> placements, String caseload) {

    /** One figure before, after and the difference (money formatted, "-" when not known). */
    public record Line(String label, String before, String after, String difference) {
    }

    /** One placement that changed, and what changed, one sentence a line. */
    public record PlacementRow(String placementId, String weeklyCost, String rank, String savingBefore,
                               String savingAfter, String difference, String changes) {
    }

    public static WhatIfPage of(WhatIf w) {
        String authority = w.before().authority() == null ? "" : w.before().authority();
        WhatIfTotals t = w.totals();
        List<Line> totals = new ArrayList<>();
        costLines(totals, "Caseload", t.before().caseload(), t.after().caseload(), t.difference().caseload());
        costLines(totals, "Top " + w.before().top().size(), t.before().top(), t.after().top(), t.difference().top());
        totals.add(line("Forecast outturn", t.before().forecast().outturn(), t.after().forecast().outturn(),
                t.difference().forecast().outturn()));
        Map<String, BigDecimal> differences = new LinkedHashMap<>();
        List<Line> families = new ArrayList<>();
        for (FamilyTotal d : t.difference().caseload().byFamily()) {
            differences.put(d.family(), d.fullYearSaving());
            families.add(line(d.family(), WhatIfText.family(t.before().caseload(), d.family()),
                    WhatIfText.family(t.after().caseload(), d.family()), d.fullYearSaving()));
        }
        List<PlacementRow> placements = w.placements().stream().map(p -> row(p, w.before().topCount())).toList();
        StringBuilder caseload = new StringBuilder();
        w.caseload().forEach(f -> caseload.append(WhatIfText.finding(f, "")));
        return new WhatIfPage("What-if: two policies compared - " + authority + " - " + w.before().asOf(), authority,
                w.before().asOf().toString(), w.base().source(), w.base().rulebaseVersion(), w.changed().source(),
                w.changed().rulebaseVersion(), List.copyOf(totals), DifferenceByFamilyChart.of(differences),
                List.copyOf(families), WhatIfText.ruleChanges(w.ruleChanges()).strip(),
                w.placements().size() + " of " + w.before().ranked().size()
                        + " placements changed, largest change in counted saving first.",
                placements, caseload.toString().strip());
    }

    private static PlacementRow row(PlacementChange p, int topCount) {
        StringBuilder what = new StringBuilder();
        if (p.topChange() != null) {
            what.append(p.topChange()).append(" the top ").append(topCount).append('\n');
        }
        p.removed().forEach(f -> what.append(WhatIfText.finding(f, "")));
        p.added().forEach(f -> what.append(WhatIfText.finding(f, "")));
        p.changed().forEach(f -> what.append(WhatIfText.finding(f, "")));
        p.routesOpened().forEach(r -> what.append("step-down route opened: ").append(r).append('\n'));
        p.routesClosed().forEach(r -> what.append("step-down route closed: ").append(r).append('\n'));
        if (p.apportionmentChanged()) {
            what.append("the Education / Health / Social care split changed\n");
        }
        return new PlacementRow(p.placementId(), Money.gbp(p.weeklyCost()), p.rankBefore() + " to " + p.rankAfter(),
                Money.gbp(p.savingBefore()), Money.gbp(p.savingAfter()), WhatIfText.signed(p.savingDifference()),
                what.toString().strip());
    }

    private static void costLines(List<Line> out, String label, CostTotals b, CostTotals a, CostTotals d) {
        out.add(line(label + ": net annual cost", b.netAnnualCost(), a.netAnnualCost(), d.netAnnualCost()));
        out.add(line(label + ": counted saving, full year", b.bestFullYearSaving(), a.bestFullYearSaving(),
                d.bestFullYearSaving()));
        out.add(line(label + ": counted saving, in year", b.bestInYearSaving(), a.bestInYearSaving(),
                d.bestInYearSaving()));
    }

    private static Line line(String label, BigDecimal before, BigDecimal after, BigDecimal difference) {
        return new Line(label, money(before), money(after), difference == null ? "-" : WhatIfText.signed(difference));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "-" : Money.gbp(amount);
    }
}
