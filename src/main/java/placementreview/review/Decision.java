package placementreview.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded decision of the panel on one option (rule) of one placement in a recorded review. Decisions are
 * append-only: a changed decision is a new one that {@code supersedes} the old, which then has {@code supersededBy}.
 * {@code authority} and {@code reviewAsOf} are those of the review decided on; {@code targetWeekly} is the fall in
 * the council's weekly cost the action is meant to bring (null only where the option has no weekly figure and the
 * decision is not AGREED).
 */
public record Decision(String id, String receiptId, String authority, LocalDate reviewAsOf, String placementId,
                       String ruleId, DecisionKind decision, String owner, LocalDate due, BigDecimal targetWeekly,
                       String note, Instant recordedAt, String recordedBy, String supersedes, String supersededBy) {

    /** Not superseded by a later decision on the same option. */
    public boolean current() {
        return supersededBy == null;
    }
}
