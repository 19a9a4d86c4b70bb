package placementreview.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import placementreview.model.Savings;

/**
 * "Since the last panel": a recorded review compared with the previous recorded review of the same authority (or the
 * one named with --since), and the delivery of every agreed action so far. Money is the council's weekly cost, net
 * of contributions; how each figure is worked out is in docs/panel-cycle.md.
 *
 * @param previousReceipt the review compared with; null when there is none (the first recorded review)
 * @param enteredTop      placements in this review's top N that were not in the previous one's
 * @param leftTop         placements in the previous top N that are not in this one's (rank null: gone from the caseload)
 * @param ended           placements on the previous review's caseload that are not on this one's
 * @param newPlacements   placements on this caseload that were not on the previous one's
 * @param costChanges     placements in either top N whose council weekly cost changed, largest fall first
 * @param actions         every agreed decision in force (not superseded), with its delivery
 * @param totals          planned against delivered, ended actions apart
 */
public record SinceLast(PreviousReceipt previousReceipt, List<TopMove> enteredTop, List<TopMove> leftTop,
                        List<CaseloadMove> ended, List<CaseloadMove> newPlacements, List<CostChange> costChanges,
                        List<Action> actions, Totals totals) {

    /** The recorded review compared with. */
    public record PreviousReceipt(String id, LocalDate asOf, Instant recordedAt) {
    }

    /** A placement that moved into or out of the top N; a rank is null where it is not ranked (not on the caseload). */
    public record TopMove(String placementId, Integer previousRank, Integer rank, BigDecimal weeklyCost) {
    }

    /** A placement that ended or is new: its council weekly cost on the caseload where it appears. */
    public record CaseloadMove(String placementId, BigDecimal weeklyCost) {
    }

    /** change = weekly - previousWeekly (negative: the council pays less). */
    public record CostChange(String placementId, BigDecimal previousWeekly, BigDecimal weekly, BigDecimal change) {
    }

    /**
     * An agreed action and its delivery. baselineWeekly: the council's weekly cost in the review decided on;
     * currentWeekly: in this review (null when ENDED). planned*: the target from the due date; delivered*: the fall
     * counted for this action from {@code deliveredFrom} (the first recorded review that showed a fall).
     */
    public record Action(String decisionId, String receiptId, LocalDate decidedOnReviewOf, String placementId,
                         String ruleId, String owner, LocalDate due, DeliveryStatus status, BigDecimal baselineWeekly,
                         BigDecimal currentWeekly, BigDecimal plannedWeekly, BigDecimal plannedInYear,
                         BigDecimal plannedFullYear, BigDecimal deliveredWeekly, BigDecimal deliveredInYear,
                         BigDecimal deliveredFullYear, LocalDate deliveredFrom, String note) {
    }

    /**
     * planned and delivered add up the actions shown, except ENDED ones, whose plan is {@code plannedOnEnded}
     * (weekly, inYear, fullYear as the actions show them).
     */
    public record Totals(int actions, int deliveredActions, int partlyActions, int notYetActions, int overdueActions,
                         int endedActions, Savings planned, Savings delivered, Savings plannedOnEnded) {
    }
}
