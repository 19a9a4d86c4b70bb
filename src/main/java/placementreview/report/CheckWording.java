package placementreview.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import placementreview.model.Capacity;
import placementreview.model.CriterionStatus;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/** The sentences of a step-down check, the same in the text, JSON and HTML outputs. */
public final class CheckWording {
    /** The question every output of a check answers (the web check page asks it too). */
    public static final String QUESTION = "Could this child safely move to a family setting or a less intensive"
            + " placement?";

    private CheckWording() {
    }

    /** The headline: which kind of move is open, and the preferred route. */
    public static String headline(StepDown s) {
        return switch (s.answer()) {
            case FAMILY -> "A family setting: " + count(s.familyRoutes().size(), "route") + " to a family setting"
                    + " open. The preferred one is " + lower(s.familyRoutes().get(0).route().label()) + ".";
            case LESS_INTENSIVE -> "A less intensive placement (not a family setting): "
                    + lower(s.preferred().route().label()) + ". No route to a family setting is open.";
            case NOT_NOW -> "Not now: no step-down route is open." + (s.nearlyEligible().isEmpty() ? ""
                    : " Nearly open if one thing changed: " + s.nearlyEligible().stream()
                    .map(c -> lower(c.route().label())).distinct().collect(Collectors.joining("; ")) + ".");
            case NOT_APPLICABLE -> "Step-down does not apply to this placement.";
        };
    }

    /** Why no family route is open (the criteria not met or not recorded), or "" when one is open. */
    public static String whyNoFamily(StepDown s) {
        if (s.answer() == StepDown.Answer.FAMILY || s.answer() == StepDown.Answer.NOT_APPLICABLE) {
            return "";
        }
        List<String> reasons = s.criteria().stream().filter(c -> c.status() != CriterionStatus.MET)
                .map(c -> c.status().mark() + " " + c.title()).toList();
        return reasons.isEmpty() ? "" : "Standing in the way: " + String.join("; ", reasons) + ".";
    }

    /** For a file holding one placement: where capacity came from and what was not considered; else "". */
    public static String capacityNote(StepDownCheck check) {
        if (check.caseloadConsidered()) {
            return "";
        }
        Capacity c = check.capacity();
        return "Capacity was taken from the case file's header (in-house foster vacancies " + known(
                c.inHouseFosterVacancies()) + ", in-house residential beds " + known(c.inHouseResidentialBeds())
                + ", supported accommodation units " + known(c.supportedAccommodationUnits()) + "); allocation across"
                + " the caseload was not considered: other children may be waiting for the same places.";
    }

    /** The changes that would open a route, as "✗ what to change" lines with the routes each alone would open. */
    public static List<String[]> changes(StepDown s) {
        return s.criteria().stream().filter(c -> c.status() != CriterionStatus.MET)
                .map(c -> new String[] {c.status().mark(), c.toChange() == null ? c.title()
                        : capitalise(c.toChange()), opens(s, c)}).toList();
    }

    private static String opens(StepDown s, StepDownCriterion c) {
        return s.nearlyEligible().stream().filter(n -> n.blocker().criterion().equals(c.criterion()))
                .map(StepDownCandidate::route).map(r -> lower(r.label())).collect(Collectors.joining("; "));
    }

    private static String known(Integer value) {
        return value == null ? "not recorded" : value.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.UK) + label.substring(1);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }
}
