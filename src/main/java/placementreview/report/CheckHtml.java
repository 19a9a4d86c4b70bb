package placementreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/**
 * The step-down check as one printable A4 page for the child's looked-after review: the answer, each criterion with
 * what would need to change, the routes, and the costs only when asked for ({@code --with-costs}): a review with the
 * child and family is about the move, not the money. Every value is escaped; the page's sections read only the check
 * and {@link CheckWording}, so each moves to a template as it stands.
 */
public final class CheckHtml {
    private CheckHtml() {
    }

    public static String render(StepDownCheck check, boolean withCosts) {
        Placement p = check.placement();
        StepDown s = check.stepDown();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>Step-down check: child ").append(Html.esc(p.child().ref())).append("</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>Step-down check: child ").append(Html.esc(p.child().ref())).append("</h1>\n")
                .append("<p class=\"meta\">Placement ").append(Html.esc(p.id())).append(", aged ")
                .append(p.ageOn(check.asOf())).append(", ").append(Html.esc(p.type().label())).append(" - as of ")
                .append(check.asOf()).append(". For the child's looked-after review.</p>\n");
        html.append(answer(check));
        html.append(criteria(s));
        if (s.answer() != StepDown.Answer.NOT_APPLICABLE) {
            html.append(routes(s));
            html.append(withCosts ? costs(check) : "<p class=\"note\">Costs are not shown on this page.</p>\n");
        }
        html.append("<footer><p class=\"note\">Rules: rules/step-down; every threshold is in"
                + " rules/reference/parameters-step-down.csv with its source. Rulebase ")
                .append(Html.esc(check.rulebaseVersion())).append(".<br/>This is decision support: the care plan and"
                + " the child's social worker decide.</p></footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String answer(StepDownCheck check) {
        StepDown s = check.stepDown();
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"question\">\n<h2 id=\"question\">")
                .append(Html.esc(CheckWording.QUESTION)).append("</h2>\n<p class=\"answer\">")
                .append(Html.esc(CheckWording.headline(s))).append("</p>\n");
        String why = CheckWording.whyNoFamily(s);
        out.append(why.isEmpty() ? "" : "<p>" + Html.esc(why) + "</p>\n");
        String note = CheckWording.capacityNote(check);
        out.append(note.isEmpty() ? "" : "<p class=\"note\">" + Html.esc(note) + "</p>\n");
        return out.append("</section>\n").toString();
    }

    private static String criteria(StepDown s) {
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"criteria\">\n<h2 id=\"criteria\">Criteria"
                + " (✓ met, ✗ not met, ? not recorded)</h2>\n<table>\n<thead><tr><th scope=\"col\"><span>Status</span>"
                + "</th><th scope=\"col\">What the rules found</th><th scope=\"col\">What would need to change</th>"
                + "</tr></thead>\n<tbody>\n");
        for (StepDownCriterion c : s.criteria()) {
            out.append("<tr><td class=\"mark\" title=\"").append(c.status().name()).append("\">")
                    .append(c.status().mark()).append("</td><td>").append(Html.esc(c.title())).append("</td><td>")
                    .append(Html.esc(c.toChange() == null ? "" : CheckWording.capitalise(c.toChange())))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String routes(StepDown s) {
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"routes\">\n<h2 id=\"routes\">Routes</h2>\n<ul>\n");
        if (s.candidates().isEmpty() && s.nearlyEligible().isEmpty()) {
            out.append("<li>No route is open or nearly open.</li>\n");
        }
        for (StepDownCandidate c : s.candidates()) {
            out.append("<li><strong>Open").append(s.isPreferred(c) ? " (preferred)" : "").append(":</strong> ")
                    .append(Html.esc(c.route().label() + CheckText.capacity(c))).append("</li>\n");
        }
        for (StepDownCandidate c : s.nearlyEligible()) {
            out.append("<li><strong>Nearly open:</strong> ").append(Html.esc(c.route().label())).append(" - ")
                    .append(Html.esc(c.blocker().status().mark() + " " + c.blocker().title())).append("</li>\n");
        }
        return out.append("</ul>\n</section>\n").toString();
    }

    private static String costs(StepDownCheck check) {
        StepDown s = check.stepDown();
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"costs\">\n<h2 id=\"costs\">Costs"
                + " (estimates)</h2>\n<p>Now: ").append(Money.gbp(check.placement().getWeeklyCost()))
                .append(" a week.</p>\n<table>\n<thead>").append(Html.row("th", "Route", "Target a week",
                        "Saving a week", "This financial year", "Full year")).append("</thead>\n<tbody>\n");
        for (StepDownCandidate c : s.candidates()) {
            out.append(costRow(c.route().label(), c));
        }
        for (StepDownCandidate c : s.nearlyEligible()) {
            out.append(costRow("If opened: " + c.route().label(), c));
        }
        return out.append("</tbody>\n</table>\n<p class=\"note\">Savings run from the transition lead weeks after ")
                .append(check.asOf()).append(" to the planned end or the financial-year end; target costs and their"
                        + " sources: rules/reference/step-down-routes.csv.</p>\n</section>\n").toString();
    }

    private static String costRow(String label, StepDownCandidate c) {
        Savings e = c.estimated();
        return Html.row("td", Html.esc(label), Money.gbp(c.route().weekly()), Money.gbp(e.weekly()),
                Money.gbp(e.inYear()), Money.gbp(e.fullYear()));
    }

    private static String css() {
        try (InputStream in = CheckHtml.class.getResourceAsStream("/report/check-page.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
