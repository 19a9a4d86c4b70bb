package placementreview.model;

import java.math.BigDecimal;

/** The weekly core rate under the authority's framework or block contract for a type (rules/reference/framework-rates.csv). */
public record FrameworkRate(PlacementType type, BigDecimal weekly, String basis, String source) {
}
