package placementreview.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * The financial year's forecast outturn for the placements in the case file, against the placement budget, with
 * the end-date slip sensitivity. Budget figures are null when the case file gives no budget.
 */
public record Forecast(List<ForecastLine> lines, BigDecimal costToDate, BigDecimal committed, BigDecimal outturn,
                       BigDecimal budget, BigDecimal variance, BigDecimal variancePercent,
                       List<SlipScenario> slips) {
}
