package placementreview.review;

import placementreview.model.Savings;

/**
 * One finding that a policy change added, removed or changed for a placement (or the caseload): what it said and
 * saved under each rulebase. {@code before} is null when the finding was added, {@code after} when it was removed.
 */
public record FindingChange(String ruleId, String kind, String family, State before, State after) {

    /**
     * A finding as one rulebase made it: its title, the state a title does not carry (a step-down route's status and
     * capacity, an apportionment's split, why a saving cannot be quantified), its £ figures (null when none) and
     * whether its saving is counted in the placement's best saving.
     */
    public record State(String title, String state, Savings savings, boolean counted) {
    }

    public String change() {
        return before == null ? "added" : after == null ? "removed" : "changed";
    }
}
