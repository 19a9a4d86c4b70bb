package placementreview.review;

import java.math.BigDecimal;
import java.util.List;
import placementreview.model.MarketRate;
import placementreview.model.PolicyParameter;

/**
 * What the review's benchmarks rest on, for the outputs to state: the financial year every reference rate is priced
 * at (and that year's index value), the council's own market by type and need band with the minimum count a group
 * needs before a fee-level rule compares with it, and the share of a fee gap a negotiation is expected to achieve.
 */
public record BenchmarkBasis(String priceYear, BigDecimal priceYearIndex, String indexSource,
                             List<MarketGroup> market, PolicyParameter marketMinCount,
                             PolicyParameter achievableShare) {
    /** The reference parameter: the fewest placements of a type and need band that make a market benchmark. */
    public static final String MARKET_MIN_COUNT = "market-benchmark-min-count";
    /** The reference parameter: the per cent of a fee gap a negotiation is expected to achieve. */
    public static final String ACHIEVABLE_SHARE = "negotiation-achievable-share-pct";

    /**
     * Whether CR-17 compares with the group: placements bought from a provider, a known need band and at least the
     * minimum count.
     */
    public static boolean usable(MarketRate group, PolicyParameter minCount) {
        return group.type().isBought() && group.band() != null && group.count() >= minCount.value().intValue();
    }

    /** "50%": the achievable share as the outputs state it. */
    public String sharePct() {
        return achievableShare.value().stripTrailingZeros().toPlainString() + "%";
    }
}
