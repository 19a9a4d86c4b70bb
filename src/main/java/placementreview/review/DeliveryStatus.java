package placementreview.review;

/**
 * How far an agreed action has been delivered, judged on the council's weekly cost (net of contributions) at a later
 * recorded review against the cost at the review the panel decided on (docs/panel-cycle.md).
 */
public enum DeliveryStatus {
    /** The council's weekly cost fell by at least the target. */
    DELIVERED,
    /** It fell, by less than the target. */
    PARTLY,
    /** It has not fallen and the due date is today or ahead. */
    NOT_YET,
    /** It has not fallen and the due date has passed. */
    OVERDUE,
    /** The placement is no longer on the caseload: shown apart, never counted as delivered. */
    ENDED
}
