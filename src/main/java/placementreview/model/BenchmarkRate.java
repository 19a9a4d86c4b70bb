package placementreview.model;

import java.math.BigDecimal;

/** A benchmark weekly rate for a placement type (rules/reference/benchmark-rates.csv), with its source. */
public record BenchmarkRate(PlacementType type, BigDecimal weekly, String basis, String source) {
}
