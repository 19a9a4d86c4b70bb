package placementreview.model;

import java.math.BigDecimal;

/** A named threshold or local policy value (rules/reference/parameters.csv), with its unit and source. */
public record PolicyParameter(String name, BigDecimal value, String unit, String source) {

    public int intValue() {
        return value.intValueExact();
    }
}
