package placementreview.model;

import java.math.BigDecimal;

/**
 * The weekly core rate under the authority's framework or block contract for a type (rules/reference/framework-rates.csv);
 * {@code weekly} is at the prices of the year in {@code price} (the review's year once uplifted).
 */
public record FrameworkRate(PlacementType type, BigDecimal weekly, String basis, String source, RatePrice price) implements Priced {

    @Override
    public FrameworkRate at(RatePrice uplifted) {
        return new FrameworkRate(type, uplifted.weekly(), basis, source, uplifted);
    }
}
