package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import placementreview.model.PlacementType;

/**
 * One placement's money this financial year: gross cost, the health and education contributions towards it and the
 * net cost to the council, each spent so far, committed and outturn. The commitment runs to {@code committedUntil}:
 * the planned end when {@code stopsAtPlannedEnd}, otherwise the financial-year end.
 */
public record ForecastLine(String placementId, PlacementType type, BigDecimal weeklyCost, LocalDate plannedEnd,
                           LocalDate committedUntil, boolean stopsAtPlannedEnd, ForecastAmounts gross,
                           ForecastAmounts contributions, ForecastAmounts net) {
}
