package placementreview.store;

import java.time.LocalDate;

/** The log's filters; null means "any". since: recorded on or after that day (UTC). */
public record ReceiptFilter(String ruleId, String placementId, String rulebaseVersion, LocalDate since, int limit) {
    public static final ReceiptFilter ALL = new ReceiptFilter(null, null, null, null, 0);
}
