package placementreview.model;

import java.math.BigDecimal;

/**
 * A benchmark weekly rate for a placement type and need band (rules/reference/need-band-rates.csv), with its source;
 * {@code weekly} is at the prices of the year in {@code price} (the review's year once uplifted).
 */
public record NeedBandRate(PlacementType type, NeedBand band, BigDecimal weekly, String basis, String source,
                           RatePrice price) implements Priced {

    @Override
    public NeedBandRate at(RatePrice uplifted) {
        return new NeedBandRate(type, band, uplifted.weekly(), basis, source, uplifted);
    }
}
