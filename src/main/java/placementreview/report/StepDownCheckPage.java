package placementreview.report;

import java.util.List;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/**
 * What the printable step-down check ({@code check/page.jte}) shows, worked out here: one A4 page for the child's
 * looked-after review. Costs are only filled in when asked for ({@code --with-costs}): a review with the child and
 * family is about the move, not the money.
 */
public record StepDownCheckPage(String title, String childRef, String placementId, int age, String setting,
                                String asOf, String question, String headline, String whyNoFamily,
                                String capacityNote, List<Row> criteria, boolean applicable, List<String> openRoutes,
                                List<String> nearlyRoutes, boolean withCosts, String weeklyNow,
                                List<CostRow> costs, String rulebaseVersion) {

    /** One criterion: its mark (✓ ✗ ?), status name, what the rules found and what would need to change. */
    public record Row(String mark, String status, String found, String toChange) {
    }

    /** One route's costs, already formatted as money. */
    public record CostRow(String route, String target, String weekly, String inYear, String fullYear) {
    }

    public static StepDownCheckPage of(StepDownCheck check, boolean withCosts) {
        Placement p = check.placement();
        StepDown s = check.stepDown();
        List<Row> criteria = s.criteria().stream().map(c -> new Row(c.status().mark(), c.status().name(), c.title(),
                c.toChange() == null ? "" : CheckWording.capitalise(c.toChange()))).toList();
        List<String> open = s.candidates().stream().map(c -> c.route().label() + (s.isPreferred(c) ? " (preferred)"
                : "") + CheckText.capacity(c)).toList();
        List<String> nearly = s.nearlyEligible().stream().map(c -> c.route().label() + " - "
                + c.blocker().status().mark() + " " + c.blocker().title()).toList();
        List<CostRow> costs = !withCosts ? List.of() : java.util.stream.Stream.concat(
                s.candidates().stream().map(c -> cost(c.route().label(), c)),
                s.nearlyEligible().stream().map(c -> cost("If opened: " + c.route().label(), c))).toList();
        return new StepDownCheckPage("Step-down check: child " + p.child().ref(), p.child().ref(), p.id(),
                p.ageOn(check.asOf()), p.type().label(), check.asOf().toString(), CheckWording.QUESTION,
                CheckWording.headline(s), CheckWording.whyNoFamily(s), CheckWording.capacityNote(check), criteria,
                s.answer() != StepDown.Answer.NOT_APPLICABLE, open, nearly, withCosts,
                Money.gbp(p.getWeeklyCost()), costs, check.rulebaseVersion());
    }

    private static CostRow cost(String label, StepDownCandidate c) {
        Savings e = c.estimated();
        return new CostRow(label, Money.gbp(c.route().weekly()), Money.gbp(e.weekly()), Money.gbp(e.inYear()),
                Money.gbp(e.fullYear()));
    }
}
