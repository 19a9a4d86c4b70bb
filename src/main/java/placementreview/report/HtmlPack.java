package placementreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import placementreview.engine.RuleInfo;
import placementreview.engine.TraceEntry;
import placementreview.model.Money;
import placementreview.model.Rejection;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;

/**
 * The commissioning panel's pack: one self-contained HTML file (inline CSS and SVG, no script, no external fetch)
 * that prints on A4. Plain language first, rule ids second; every string from a case file is escaped.
 */
public final class HtmlPack {
    private HtmlPack() {
    }

    public static String render(Review review, List<RuleInfo> catalogue) {
        StringBuilder html = new StringBuilder(64_000);
        String title = "High-cost placements panel pack - " + (review.authority() == null ? "" : review.authority())
                + " - " + review.asOf();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.esc(title)).append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        html.append(header(review));
        CostTotals caseload = review.caseloadTotals();
        html.append(headlines(review, caseload));
        html.append(charts(review, caseload));
        html.append(topTable(review));
        for (RankedPlacement r : review.top()) {
            html.append(HtmlPlacementSection.render(r, review.asOf()));
        }
        html.append("<section id=\"forecast\">\n<h2>Forecast for the financial year</h2>\n<pre>")
                .append(Html.esc(ForecastText.summary(review.forecast()))).append("</pre>\n</section>\n");
        html.append(appendix(review, catalogue));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String header(Review review) {
        return "<header>\n<h1>High-cost placements: panel pack</h1>\n<p class=\"meta\">"
                + Html.esc(review.authority()) + " &#183; as of " + review.asOf() + " &#183; financial year "
                + review.financialYear().start() + " to " + review.financialYear().end()
                + "<br/>Rulebase version <code>" + Html.esc(review.rulebaseVersion()) + "</code></p>\n</header>\n";
    }

    private static String headlines(Review review, CostTotals all) {
        CostTotals top = review.topTotals();
        String share = all.netAnnualCost().signum() == 0 ? "0" : top.netAnnualCost().multiply(BigDecimal.valueOf(100))
                .divide(all.netAnnualCost(), 1, RoundingMode.HALF_UP).toPlainString();
        var f = review.forecast();
        String variance = f.variance() == null ? "no budget given"
                : ForecastText.variance(f.variance(), f.variancePercent());
        StringBuilder out = new StringBuilder("<section id=\"headlines\">\n<h2>Headline figures</h2>\n<dl class=\"figures\">\n");
        figure(out, "Caseload spend (net, a year)", Money.gbpWhole(all.netAnnualCost()),
                all.placements() + " placements, " + Money.gbpWhole(all.weeklyCost()) + " a week");
        figure(out, "Top " + top.placements() + " spend (net, a year)", Money.gbpWhole(top.netAnnualCost()),
                share + "% of the caseload's net spend");
        figure(out, "Savings identified, this financial year", Money.gbpWhole(all.bestInYearSaving()),
                "best achievable option per placement, never added twice");
        figure(out, "Savings identified, full year", Money.gbpWhole(all.bestFullYearSaving()),
                "best achievable option per placement, never added twice");
        figure(out, "Forecast outturn", Money.gbpWhole(f.outturn()), variance);
        return out.append("</dl>\n</section>\n").toString();
    }

    private static void figure(StringBuilder out, String label, String value, String note) {
        out.append("<div><dt>").append(Html.esc(label)).append("</dt><dd><strong>").append(Html.esc(value))
                .append("</strong><br/><span class=\"note\">").append(Html.esc(note)).append("</span></dd></div>\n");
    }

    private static String charts(Review review, CostTotals caseload) {
        List<BigDecimal> weekly = review.ranked().stream().map(RankedPlacement::weeklyCost)
                .sorted((a, b) -> b.compareTo(a)).toList();
        int topCount = review.top().size();
        Map<String, BigDecimal> byFamily = new LinkedHashMap<>();
        caseload.byFamily().forEach(f -> byFamily.put(f.family(), f.fullYearSaving()));
        return "<section id=\"charts\">\n<h2>Where the money goes</h2>\n<figure>\n"
                + SvgCharts.costDistribution(weekly, topCount)
                + "\n<figcaption>Weekly cost of every placement, highest first. The " + topCount
                + " dark bars are the placements in this pack (ranked by net annual cost).</figcaption>\n</figure>\n"
                + "<figure>\n" + SvgCharts.savingsByFamily(byFamily)
                + "\n<figcaption>Full-year saving by option family across the caseload, counting only the options in "
                + "each placement's best achievable saving (overlapping options are never added), so the bars add up "
                + "to the headline.</figcaption>\n</figure>\n</section>\n";
    }

    private static String topTable(Review review) {
        StringBuilder out = new StringBuilder("<section id=\"top\">\n<h2>The top ").append(review.top().size())
                .append(" placements by net annual cost</h2>\n<table class=\"top\">\n<thead>")
                .append(Html.row("th", "Rank", "Placement", "Type", "Weekly cost", "Net annual cost", "To year end",
                        "Best saving (full year)", "Rules"))
                .append("</thead>\n<tbody>\n");
        for (RankedPlacement r : review.top()) {
            Set<String> ids = new TreeSet<>();
            r.findings().forEach(f -> ids.add(f.ruleId()));
            out.append(Html.row("td", String.valueOf(r.rank()),
                    "<a href=\"#" + Html.esc(anchor(r)) + "\">" + Html.esc(r.placement().id()) + "</a>",
                    Html.esc(r.placement().type().label()), Html.esc(Money.gbp(r.weeklyCost())),
                    Html.esc(Money.gbp(r.netAnnualCost())), Html.esc(Money.gbp(r.costToYearEnd())),
                    Html.esc(Money.gbp(r.bestFullYearSaving())), Html.esc(String.join(" ", ids))));
        }
        return out.append("</tbody>\n</table>\n</section>\n").toString();
    }

    static String anchor(RankedPlacement r) {
        return "placement-" + r.placement().id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String appendix(Review review, List<RuleInfo> catalogue) {
        Set<String> used = new TreeSet<>();
        review.top().forEach(r -> r.trace().stream().map(TraceEntry::ruleId).forEach(used::add));
        review.portfolio().forEach(f -> used.add(f.ruleId()));
        StringBuilder out = new StringBuilder("<section id=\"appendix\">\n<h2>Appendix A: rules used in this pack"
                + "</h2>\n<table>\n<thead>").append(Html.row("th", "Rule", "What it decides", "Source", "File"))
                .append("</thead>\n<tbody>\n");
        for (RuleInfo rule : catalogue) {
            if (used.contains(rule.id())) {
                out.append(Html.row("td", Html.esc(rule.id()), Html.esc(rule.name()), Html.esc(rule.policy()),
                        Html.esc(rule.file())));
            }
        }
        out.append("</tbody>\n</table>\n<h2>Appendix B: records not reviewed</h2>\n");
        if (review.rejected().isEmpty()) {
            out.append("<p>Every record in the case file was reviewed.</p>\n");
        } else {
            out.append("<table>\n<thead>").append(Html.row("th", "File", "Placement", "Field", "Problem"))
                    .append("</thead>\n<tbody>\n");
            for (Rejection r : review.rejected()) {
                out.append(Html.row("td", Html.esc(r.file()), Html.esc(r.id()), Html.esc(r.field()),
                        Html.esc(r.message())));
            }
            out.append("</tbody>\n</table>\n");
        }
        return out.append("</section>\n").toString();
    }

    static String savings(Savings s) {
        return s == null ? "" : Money.gbp(s.weekly()) + " a week; " + Money.gbp(s.inYear()) + " this year; "
                + Money.gbp(s.fullYear()) + " a full year";
    }

    static String css() {
        try (InputStream in = HtmlPack.class.getResourceAsStream("/report/panel-pack.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
