package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import placementreview.model.PlacementType;

/** One placement's cost this financial year: spent so far, committed to its end, and the outturn. */
public record ForecastLine(String placementId, PlacementType type, BigDecimal weeklyCost, LocalDate plannedEnd,
                           BigDecimal costToDate, BigDecimal committed, BigDecimal outturn) {
}
