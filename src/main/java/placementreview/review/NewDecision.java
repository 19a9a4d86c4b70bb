package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A decision as the panel gives it ({@code decide} or {@code POST /api/decisions}); {@code targetWeekly} null means
 * the option's own weekly saving. recordedBy: "os-user NAME" or "service ROLE LABEL", as for receipts.
 */
public record NewDecision(String receiptId, String placementId, String ruleId, DecisionKind decision, String owner,
                          LocalDate due, BigDecimal targetWeekly, String note, String recordedBy) {
}
