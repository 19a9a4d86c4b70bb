package placementreview.report;

import java.util.List;
import placementreview.model.Apportionment;
import placementreview.model.ComponentAssignment;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.review.JointFunding;
import placementreview.review.RankedPlacement;

/** One top-N placement in the panel pack: the facts, then what the rules found, plain language first. */
final class HtmlPlacementSection {
    private HtmlPlacementSection() {
    }

    static String render(RankedPlacement r, java.time.LocalDate asOf) {
        Placement p = r.placement();
        StringBuilder out = new StringBuilder("<section class=\"placement\" id=\"").append(Html.esc(HtmlPack.anchor(r)))
                .append("\">\n<h2>").append(r.rank()).append(". ").append(Html.esc(p.id())).append(" &#8211; ")
                .append(Html.esc(p.type().label())).append("</h2>\n");
        out.append(facts(r, asOf));
        section(out, "Continuing care", r, FindingKind.CONTINUING_CARE_INDICATION);
        out.append(apportionment(r));
        section(out, "Step-down: criteria", r, FindingKind.STEP_DOWN_CRITERION);
        section(out, "Step-down: routes", r, FindingKind.STEP_DOWN_CANDIDATE);
        section(out, "Options to reduce the cost", r, FindingKind.COST_OPTION);
        section(out, "Data to complete", r, FindingKind.DATA_QUALITY_WARNING);
        return out.append("</section>\n").toString();
    }

    private static String facts(RankedPlacement r, java.time.LocalDate asOf) {
        Placement p = r.placement();
        StringBuilder components = new StringBuilder();
        p.weekly().components().forEach((name, amount) -> {
            if (amount.signum() != 0) {
                components.append(components.length() == 0 ? "" : ", ").append(name).append(' ')
                        .append(Money.gbp(amount));
            }
        });
        StringBuilder out = new StringBuilder("<table class=\"facts\">\n");
        fact(out, "Child", p.child().ref() + ", aged " + p.child().ageOn(asOf) + legal(p));
        fact(out, "Provider", (p.provider().ref() == null ? "not recorded" : p.provider().ref())
                + (p.provider().onFramework() == null ? "" : p.provider().onFramework() ? " (framework)" : " (spot purchase)"));
        fact(out, "Dates", "started " + p.start() + ", planned end "
                + (p.plannedEnd() == null ? "not set" : p.plannedEnd().toString()) + ", " + p.weeksPerYear()
                + " weeks a year");
        fact(out, "Weekly cost", Money.gbp(r.weeklyCost()) + (components.length() == 0 ? "" : " (" + components + ")"));
        fact(out, "Contributions", "health " + money(p.contributions().healthWeekly()) + ", education "
                + money(p.contributions().educationWeekly()) + " a week");
        fact(out, "Net annual cost", Money.gbp(r.netAnnualCost()) + "; to the year end " + Money.gbp(r.costToYearEnd()));
        fact(out, "Best reduction in the council's spend", Money.gbp(r.councilReduction().fullYear())
                + " a full year: savings " + Money.gbp(r.bestFullYearSaving()) + " + cost recovered from partners "
                + Money.gbp(r.recovery().fullYear()));
        return out.append("</table>\n").toString();
    }

    /** The three funders' £ a week, £ a year and share, then which rule assigned each component. */
    private static String apportionment(RankedPlacement r) {
        Apportionment a = JointFunding.apportionment(r.findings());
        if (a == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Who should pay (apportionment)</h3>\n<p>")
                .append(Html.esc(a.title())).append("</p>\n<table class=\"split\">\n<thead>")
                .append(Html.row("th", "Funder", "A week", "A year", "Share")).append("</thead>\n<tbody>\n");
        for (Funder f : Funder.values()) {
            FunderShare s = a.share(f);
            out.append(Html.row("td", Html.esc(f.label()), Html.esc(Money.gbp(s.weekly())),
                    Html.esc(Money.gbp(s.annual())), Html.esc(s.share().toPlainString() + "%")));
        }
        out.append("</tbody>\n</table>\n<ul class=\"findings\">\n");
        for (ComponentAssignment c : a.components()) {
            out.append("<li>").append(Html.esc(c.component().key())).append(' ').append(Html.esc(Money.gbp(c.weekly())))
                    .append(" a week to ").append(Html.esc(c.funder().label())).append(" <span class=\"rule\">")
                    .append(Html.esc(c.ruleId())).append(" &#183; ").append(Html.esc(c.ruleName())).append("</span></li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    private static String legal(Placement p) {
        return (p.child().legalStatus() == null ? "" : ", legal status " + p.child().legalStatus())
                + (Boolean.TRUE.equals(p.child().ehcp()) ? ", has an EHCP" : "");
    }

    private static String money(java.math.BigDecimal amount) {
        return amount == null ? "not known" : Money.gbp(amount);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void fact(StringBuilder out, String label, String value) {
        out.append("<tr><th scope=\"row\">").append(Html.esc(label)).append("</th><td>").append(Html.esc(value))
                .append("</td></tr>\n");
    }

    private static void section(StringBuilder out, String heading, RankedPlacement r, FindingKind kind) {
        List<Finding> ofKind = r.findings().stream().filter(f -> f.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        out.append("<h3>").append(Html.esc(heading)).append("</h3>\n<ul class=\"findings\">\n");
        for (Finding f : ofKind) {
            out.append("<li>").append(Html.esc(f.title()));
            if (f.savings() != null) {
                out.append("<br/><span class=\"saving\">").append(f.effect() == Effect.RECOVERY ? "Recovers " : "Saves ")
                        .append(Html.esc(HtmlPack.savings(f.savings()))).append("</span><br/><span class=\"note\">")
                        .append(Html.esc(capitalised(ReviewText.countedOrNot(f, r.savingsPlan())))).append("</span>");
            } else if (f.notQuantifiable() != null) {
                out.append("<br/><span class=\"note\">Not quantified: ").append(Html.esc(f.notQuantifiable()))
                        .append("</span>");
            }
            out.append("<br/><span class=\"rule\">").append(Html.esc(f.ruleId())).append(" &#183; ")
                    .append(Html.esc(f.policy())).append("</span></li>\n");
        }
        out.append("</ul>\n");
    }
}
