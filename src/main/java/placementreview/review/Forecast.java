package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The financial year's forecast for the placements in the case file: gross cost, contributions and net cost to the
 * council (each the sum of the lines), the variance of the gross and of the net outturn against the placement budget
 * (null when the case file gives no budget), and the end-date slip sensitivity.
 */
public record Forecast(List<ForecastLine> lines, ForecastAmounts gross, ForecastAmounts contributions,
                       ForecastAmounts net, BigDecimal budget, Variance grossVariance, Variance netVariance,
                       List<SlipScenario> slips) {
}
