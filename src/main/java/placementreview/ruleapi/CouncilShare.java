package placementreview.ruleapi;

import java.math.BigDecimal;
import placementreview.model.Placement;

/**
 * Savings are the council's: an option can save at most what the council pays for the placement each week, its net
 * weekly cost (the package less the health and education contributions agreed). Where the contributions cover the
 * whole cost, or more (a data-quality finding, AP-18), the council has nothing to save on the placement.
 */
public final class CouncilShare {
    private CouncilShare() {
    }

    /** The weekly saving the council can make: the option's weekly saving, at most the net weekly cost, never below 0. */
    public static BigDecimal weeklySaving(BigDecimal optionWeekly, Placement placement) {
        return optionWeekly.min(placement.getNetWeeklyCost()).max(BigDecimal.ZERO);
    }

    /** Whether the council pays nothing for the placement once the contributions are taken off. */
    public static boolean paysNothing(Placement placement) {
        return placement.getNetWeeklyCost().signum() <= 0;
    }

    /** Why an option on this placement cannot save the council anything (only when {@link #paysNothing}). */
    public static String nothingToSave(Placement placement) {
        return placement.getNetWeeklyCost().signum() < 0
                ? "the recorded contributions exceed the weekly cost (see the data-quality finding): no saving is counted"
                : "Health's and Education's contributions cover the whole weekly cost: the council pays nothing to save";
    }
}
