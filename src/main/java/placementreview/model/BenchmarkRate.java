package placementreview.model;

import java.math.BigDecimal;

/**
 * A benchmark weekly rate for a placement type (rules/reference/benchmark-rates.csv), with its source; {@code weekly}
 * is at the prices of the year in {@code price} (the review's year once the session has uplifted it).
 */
public record BenchmarkRate(PlacementType type, BigDecimal weekly, String basis, String source, RatePrice price) implements Priced {

    @Override
    public BenchmarkRate at(RatePrice uplifted) {
        return new BenchmarkRate(type, uplifted.weekly(), basis, source, uplifted);
    }
}
