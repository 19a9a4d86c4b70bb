package placementreview.model;

import java.math.BigDecimal;

/** Continuing care status and the weekly health amount agreed by the ICB, if any. */
public record ContinuingCare(ContinuingCareStatus status, BigDecimal agreedHealthWeekly) {
    public static final ContinuingCare UNKNOWN = new ContinuingCare(null, null);
}
