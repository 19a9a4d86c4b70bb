package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a policy change did to one placement's decisions: its rank and counted saving under each rulebase (full year
 * and in year, options that overlap never added), the findings added, removed and changed, and the step-down routes
 * it opened or closed (a route is open when every criterion is met). {@code apportionmentChanged} is true when the
 * Education / Health / Social care split differs.
 */
public record PlacementChange(String placementId, BigDecimal weeklyCost, int rankBefore, int rankAfter,
                              boolean inTopBefore, boolean inTopAfter, BigDecimal savingBefore, BigDecimal savingAfter,
                              BigDecimal inYearSavingBefore, BigDecimal inYearSavingAfter,
                              List<FindingChange> added, List<FindingChange> removed, List<FindingChange> changed,
                              List<String> routesOpened, List<String> routesClosed, boolean apportionmentChanged) {

    /** The change in counted full-year saving (after minus before). */
    public BigDecimal savingDifference() {
        return savingAfter.subtract(savingBefore);
    }

    /** "entered" or "left" the top N, or null when it stayed in or stayed out. */
    public String topChange() {
        return inTopBefore == inTopAfter ? null : inTopAfter ? "entered" : "left";
    }
}
