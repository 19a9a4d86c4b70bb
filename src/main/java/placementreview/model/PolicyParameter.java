package placementreview.model;

import java.math.BigDecimal;

/** A named threshold or local policy value (rules/reference/parameters.csv), with its unit and source. */
public record PolicyParameter(String name, BigDecimal value, String unit, String source) {
    /** Parameters named with this prefix say whether a risk flag needs residential supervision (value 1). */
    public static final String RISK_FLAG_PREFIX = "step-down-blocking-risk:";

    /** Parameters named with this prefix are the forecast's end-date slip scenarios, in weeks. */
    public static final String FORECAST_SLIP_PREFIX = "forecast-slip-weeks";

    public int intValue() {
        return value.intValueExact();
    }
}
