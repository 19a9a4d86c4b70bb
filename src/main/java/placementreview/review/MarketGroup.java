package placementreview.review;

import java.math.BigDecimal;
import placementreview.model.MarketRate;

/**
 * One group of the council's own market as the outputs show it: its quartiles, whether it holds enough placements
 * for CR-17 to compare with it, and the published benchmark for the same type and need band at the review year's
 * prices (the band's rate, else the type's; null when the tables have neither) to set beside it.
 */
public record MarketGroup(MarketRate rate, boolean usableAsBenchmark, BigDecimal publishedBenchmark) {
}
