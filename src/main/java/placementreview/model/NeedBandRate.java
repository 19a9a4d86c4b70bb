package placementreview.model;

import java.math.BigDecimal;

/** A benchmark weekly rate for a placement type and need band (rules/reference/need-band-rates.csv), with its source. */
public record NeedBandRate(PlacementType type, NeedBand band, BigDecimal weekly, String basis, String source) {
}
