package placementreview.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import placementreview.model.Money;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.PlacementChange;
import placementreview.review.WhatIf;
import placementreview.review.WhatIfTotals;

/**
 * The what-if as one printable, self-contained HTML page (the panel pack's style, inline SVG, no script): the two
 * rulebases, the totals before and after with a chart of the difference by option family, what changed in the rules
 * and in each placement. Every string from a case file or a rule file is escaped.
 */
public final class WhatIfHtml {
    private static final String EXTRA_CSS = "svg .bar-more { fill: #2a7f62; }\nsvg .bar-less { fill: #b23a48; }\n"
            + "svg .zero { stroke: #333; stroke-width: 1; }\n";

    private WhatIfHtml() {
    }

    public static String render(WhatIf w) {
        StringBuilder html = new StringBuilder(32_000);
        String authority = w.before().authority() == null ? "" : w.before().authority();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.esc("What-if: two policies compared - " + authority + " - " + w.before().asOf()))
                .append("</title>\n<style>\n").append(HtmlPack.css()).append(EXTRA_CSS)
                .append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>What-if: the same caseload under two policies</h1>\n<p class=\"meta\">")
                .append(Html.esc(authority)).append(" &#183; as of ").append(w.before().asOf())
                .append("<br/>Base rules: ").append(Html.esc(w.base().source())).append(" <code>")
                .append(Html.esc(w.base().rulebaseVersion())).append("</code><br/>Changed rules: ")
                .append(Html.esc(w.changed().source())).append(" <code>")
                .append(Html.esc(w.changed().rulebaseVersion())).append("</code></p>\n</header>\n");
        html.append(totals(w.totals(), w.before().top().size()));
        html.append(chart(w.totals()));
        html.append("<section id=\"rule-changes\">\n<h2>What changed in the rules</h2>\n<pre>")
                .append(Html.esc(WhatIfText.ruleChanges(w.ruleChanges()))).append("</pre>\n</section>\n");
        html.append(placements(w));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String totals(WhatIfTotals t, int topCount) {
        StringBuilder out = new StringBuilder("<section id=\"totals\">\n<h2>Totals</h2>\n<table>\n")
                .append(Html.row("th", "", "Before", "After", "Difference"));
        costRows(out, "Caseload", t.before().caseload(), t.after().caseload(), t.difference().caseload());
        costRows(out, "Top " + topCount, t.before().top(), t.after().top(), t.difference().top());
        row(out, "Forecast outturn", t.before().forecast().outturn(), t.after().forecast().outturn(),
                t.difference().forecast().outturn());
        return out.append("</table>\n</section>\n").toString();
    }

    private static void costRows(StringBuilder out, String label, CostTotals b, CostTotals a, CostTotals d) {
        row(out, label + ": net annual cost", b.netAnnualCost(), a.netAnnualCost(), d.netAnnualCost());
        row(out, label + ": counted saving, full year", b.bestFullYearSaving(), a.bestFullYearSaving(),
                d.bestFullYearSaving());
        row(out, label + ": counted saving, in year", b.bestInYearSaving(), a.bestInYearSaving(),
                d.bestInYearSaving());
    }

    private static void row(StringBuilder out, String label, BigDecimal b, BigDecimal a, BigDecimal d) {
        out.append(Html.row("td", Html.esc(label), Html.esc(money(b)), Html.esc(money(a)),
                Html.esc(d == null ? "-" : WhatIfText.signed(d))));
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "-" : Money.gbp(amount);
    }

    private static String chart(WhatIfTotals t) {
        Map<String, BigDecimal> differences = new LinkedHashMap<>();
        for (FamilyTotal d : t.difference().caseload().byFamily()) {
            differences.put(d.family(), d.fullYearSaving());
        }
        StringBuilder out = new StringBuilder("<section id=\"by-family\">\n<h2>Difference by option family</h2>\n"
                + "<figure>\n").append(SvgCharts.differenceByFamily(differences))
                .append("\n<figcaption>Change in the caseload's counted full-year saving per option family (changed"
                        + " policy minus base): only options counted in each placement's best saving, so the bars add"
                        + " up to the difference in the total.</figcaption>\n</figure>\n<table>\n")
                .append(Html.row("th", "Option family", "Before", "After", "Difference"));
        for (FamilyTotal d : t.difference().caseload().byFamily()) {
            out.append(Html.row("td", Html.esc(d.family()),
                    Html.esc(Money.gbp(WhatIfText.family(t.before().caseload(), d.family()))),
                    Html.esc(Money.gbp(WhatIfText.family(t.after().caseload(), d.family()))),
                    Html.esc(WhatIfText.signed(d.fullYearSaving()))));
        }
        return out.append("</table>\n</section>\n").toString();
    }

    private static String placements(WhatIf w) {
        StringBuilder out = new StringBuilder("<section id=\"placements\">\n<h2>What changed in the decisions</h2>\n<p>")
                .append(w.placements().size()).append(" of ").append(w.before().ranked().size())
                .append(" placements changed, largest change in counted saving first.</p>\n<table>\n")
                .append(Html.row("th", "Placement", "Weekly", "Rank", "Counted saving/yr before", "After",
                        "Difference", "What changed"));
        for (PlacementChange p : w.placements()) {
            StringBuilder what = new StringBuilder();
            if (p.topChange() != null) {
                what.append(p.topChange()).append(" the top ").append(w.before().topCount()).append('\n');
            }
            p.removed().forEach(f -> what.append(WhatIfText.finding(f, "")));
            p.added().forEach(f -> what.append(WhatIfText.finding(f, "")));
            p.changed().forEach(f -> what.append(WhatIfText.finding(f, "")));
            p.routesOpened().forEach(r -> what.append("step-down route opened: ").append(r).append('\n'));
            p.routesClosed().forEach(r -> what.append("step-down route closed: ").append(r).append('\n'));
            if (p.apportionmentChanged()) {
                what.append("the Education / Health / Social care split changed\n");
            }
            out.append(Html.row("td", Html.esc(p.placementId()), Html.esc(Money.gbp(p.weeklyCost())),
                    p.rankBefore() + " &#8594; " + p.rankAfter(), Html.esc(Money.gbp(p.savingBefore())),
                    Html.esc(Money.gbp(p.savingAfter())), Html.esc(WhatIfText.signed(p.savingDifference())),
                    "<pre>" + Html.esc(what.toString().strip()) + "</pre>"));
        }
        if (!w.caseload().isEmpty()) {
            out.append("</table>\n<h3>Across the caseload</h3>\n<pre>");
            StringBuilder caseload = new StringBuilder();
            w.caseload().forEach(f -> caseload.append(WhatIfText.finding(f, "")));
            return out.append(Html.esc(caseload.toString())).append("</pre>\n</section>\n").toString();
        }
        return out.append("</table>\n</section>\n").toString();
    }

}
