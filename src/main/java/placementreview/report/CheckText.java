package placementreview.report;

import java.util.List;
import placementreview.model.CapacityStatus;
import placementreview.model.CriterionStatus;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/**
 * The social worker's step-down check on one screen: the answer in plain English, each criterion ✓ / ✗ / ? with its
 * reason, the routes open, what would have to change, and only then the cost figures.
 */
public final class CheckText {
    private CheckText() {
    }

    public static String render(StepDownCheck check) {
        Placement p = check.placement();
        StepDown s = check.stepDown();
        StringBuilder out = new StringBuilder();
        out.append("Step-down check: placement ").append(p.id()).append(", child ").append(p.child().ref())
                .append(", aged ").append(p.ageOn(check.asOf())).append(", ").append(p.type().label())
                .append(" - as of ").append(check.asOf()).append("\n\n");
        out.append(CheckWording.QUESTION).append("\n  ").append(CheckWording.headline(s)).append('\n');
        String why = CheckWording.whyNoFamily(s);
        out.append(why.isEmpty() ? "" : "  " + why + "\n");
        String note = CheckWording.capacityNote(check);
        out.append(note.isEmpty() ? "" : "  " + note + "\n").append('\n');
        out.append("What the rules found (✓ met, ✗ not met, ? not recorded)\n");
        for (StepDownCriterion c : s.criteria()) {
            out.append("  ").append(c.status().mark()).append(' ').append(c.title()).append('\n');
        }
        if (s.answer() == StepDown.Answer.NOT_APPLICABLE) {
            return out.append(footer(check)).toString();
        }
        out.append("\nRoutes open\n");
        if (s.candidates().isEmpty()) {
            out.append("  none yet\n");
        }
        for (StepDownCandidate c : s.candidates()) {
            out.append("  ").append(s.isPreferred(c) ? "* " : "  ").append(c.route().label())
                    .append(s.isPreferred(c) ? " (preferred)" : "").append(capacity(c)).append('\n');
        }
        out.append(changes(s));
        out.append("\nCosts (estimates)\n");
        out.append("  Now: ").append(Money.gbp(p.getWeeklyCost())).append(" a week, ").append(p.weeksPerYear())
                .append(" weeks a year; ").append(Money.gbp(p.getNetAnnualCost()))
                .append(" a year to the council after contributions\n");
        for (StepDownCandidate c : s.candidates()) {
            out.append("  ").append(c.route().label()).append(": ").append(cost(c)).append('\n');
        }
        for (StepDownCandidate c : s.nearlyEligible()) {
            out.append("  If opened, ").append(lower(c.route().label())).append(": ").append(cost(c)).append('\n');
        }
        if (!s.candidates().isEmpty() || !s.nearlyEligible().isEmpty()) {
            String lead = (s.candidates().isEmpty() ? s.nearlyEligible() : s.candidates()).get(0).evidence()
                    .getOrDefault("leadWeeks", "?");
            out.append("  Savings run from ").append(lead).append(" weeks after ").append(check.asOf())
                    .append(" (transition): this financial year to the planned end or the year end, a full year over")
                    .append(" 52 weeks or to the planned end if sooner; target costs and their")
                    .append(" sources: rules/reference/step-down-routes.csv\n");
        }
        return out.append(footer(check)).toString();
    }

    /** Every criterion not met or not recorded, what would have to change, and the routes it would open. */
    static String changes(StepDown s) {
        List<String[]> changes = CheckWording.changes(s);
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nWhat would have to change\n");
        for (String[] c : changes) {
            out.append("  ").append(c[0]).append(' ').append(c[1])
                    .append(c[2].isEmpty() ? "" : "\n      this alone would open: " + c[2]).append('\n');
        }
        return out.toString();
    }

    static String capacity(StepDownCandidate c) {
        if (c.capacity() == null) {
            return "";
        }
        String setting = lower(c.route().targetLabel());
        return switch (c.capacity()) {
            case ALLOCATED -> " - an " + setting + " place is available";
            case AWAITING_CAPACITY -> " - waiting for an " + setting
                    + " place (the places go first to moves that save more)";
            case CAPACITY_UNKNOWN -> " - " + setting + " vacancies are not recorded";
            case NOT_NEEDED -> " - not needed while a more preferred route is open";
        };
    }

    static String cost(StepDownCandidate c) {
        Savings e = c.estimated();
        return Money.gbp(c.route().weekly()) + " a week, " + c.route().targetWeeksPerYear() + " weeks a year ("
                + Money.gbp(c.route().annualCost()) + " a year); saves " + Money.gbp(e.weekly())
                + " a week (a year's saving / 52), "
                + Money.gbp(e.inYear()) + " this financial year, " + Money.gbp(e.fullYear()) + " a full year"
                + (c.capacity() == CapacityStatus.AWAITING_CAPACITY ? " (once a place is free)" : "");
    }

    private static String footer(StepDownCheck check) {
        return "\nRules: rules/step-down (criteria are local defaults, rules/reference/parameters-step-down.csv)."
                + " Rulebase " + check.rulebaseVersion() + "\nThis is decision support: the care plan and the"
                + " child's social worker decide.\n";
    }

    private static String lower(String label) {
        return CheckWording.lower(label);
    }
}
