package placementreview.model;

import java.math.BigDecimal;

/**
 * A row of rules/reference/parameters*.csv. A parameter that is a price (a {@code priceYear} is given, e.g.
 * holiday-care-weekly) carries its {@code price}, and {@code value} is at the prices of the year in it (the review's
 * year once the session has uplifted it); a policy line (a threshold, a count, a share) has no price and stays at face
 * value.
 */
public record PolicyParameter(String name, BigDecimal value, String unit, String source, RatePrice price) implements Priced {
    /** Parameters named with this prefix say whether a risk flag needs residential supervision (value 1). */
    public static final String RISK_FLAG_PREFIX = "step-down-blocking-risk:";

    /** Parameters named with this prefix are the forecast's end-date slip scenarios, in weeks. */
    public static final String FORECAST_SLIP_PREFIX = "forecast-slip-weeks";

    /** A policy line: no price year, read at face value. */
    public PolicyParameter(String name, BigDecimal value, String unit, String source) {
        this(name, value, unit, source, null);
    }

    /** The same parameter at the uplifted price. */
    @Override
    public PolicyParameter at(RatePrice uplifted) {
        return new PolicyParameter(name, uplifted.weekly(), unit, source, uplifted);
    }

    /** The parameter with another value (--set): a price keeps its price year, the value being at that year's prices. */
    public PolicyParameter withValue(BigDecimal newValue) {
        return new PolicyParameter(name, newValue, unit, source,
                price == null ? null : RatePrice.asRead(newValue, price.priceYear()));
    }

    /** " (2026-27 prices)" for a price, the year it is priced at; empty for a policy line. */
    public String pricesNote() {
        return price == null ? "" : " (" + price.atYear() + " prices)";
    }

    public int intValue() {
        return value.intValueExact();
    }
}
