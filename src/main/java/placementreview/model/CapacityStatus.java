package placementreview.model;

/**
 * Whether an in-house place is available for a step-down candidate (portfolio rules, CAP-01): allocated one of the
 * places, awaiting capacity (all places went to larger savings), capacity not recorded in the case file, or not
 * competing because a more preferred route is already open for the child.
 */
public enum CapacityStatus {
    ALLOCATED, AWAITING_CAPACITY, CAPACITY_UNKNOWN, NOT_NEEDED
}
