package placementreview.model;

/**
 * A reference fact with a price that the price index uplifts to the review year: a benchmark or framework rate, a
 * step-down route's target, a parameter that is a price.
 */
public interface Priced {
    /** The price as read or as uplifted; null for a parameter that is a policy line, not a price. */
    RatePrice price();

    String source();

    /** The same fact at the uplifted price. */
    Priced at(RatePrice uplifted);
}
