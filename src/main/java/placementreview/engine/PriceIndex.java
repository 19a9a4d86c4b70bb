package placementreview.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import placementreview.model.BenchmarkRate;
import placementreview.model.FrameworkRate;
import placementreview.model.NeedBandRate;
import placementreview.model.PolicyParameter;
import placementreview.model.Priced;
import placementreview.model.RatePrice;
import placementreview.model.ReviewContext;
import placementreview.model.StepDownRoute;

/**
 * rules/reference/price-index.csv: an index value for each financial year, with its source. Every rate in the
 * reference tables, and every parameter that is a price (one with a priceYear), carries the year its price belongs to; a session sees each rate uplifted to the review's
 * financial year, original x index(review year) / index(price year), to the penny. A year with no index row stops
 * the run (exit 2), naming the table and the year: at load for a rate's price year, at review for the review's year.
 */
public final class PriceIndex {
    static final String FILE = "reference/price-index.csv";

    private final Map<String, Entry> years;
    private final String file;
    private final Map<String, List<Object>> pricedFacts = new ConcurrentHashMap<>();
    private List<Object> pricedFor;

    private final List<Rate> rates;

    /** One year's index value, its source and where it is defined. */
    public record Entry(String year, BigDecimal value, String source, String where) {
    }

    /** A rate of the reference tables as written: where, what it is, its price and source. */
    public record Rate(String where, String label, RatePrice price, String source) {
        /** More than {@link #MAX_AGE_YEARS} financial years older than {@code year}: the catalogue flags it. */
        public boolean olderThanFiveYears(String year) {
            return price.yearsOlderThan(year) > MAX_AGE_YEARS;
        }
    }

    /** The catalogue flags a rate priced more than this many financial years before the current one. */
    public static final int MAX_AGE_YEARS = 5;

    /**
     * The index values by year, read from {@code file} (as messages show it, e.g. rules/reference/price-index.csv),
     * and the rates of the tables, each with its price year.
     */
    PriceIndex(Map<String, Entry> years, String file, List<Rate> rates) {
        this.years = Map.copyOf(years);
        this.file = file;
        this.rates = List.copyOf(rates);
    }

    /** Every rate of the reference tables as written, in file and row order. */
    public List<Rate> rates() {
        return rates;
    }

    /** What a rate fact is, as the catalogue lists it ("IFA STANDARD benchmark"). */
    static String label(Object rate) {
        if (rate instanceof BenchmarkRate r) {
            return r.type() + " benchmark";
        } else if (rate instanceof NeedBandRate r) {
            return r.type() + " " + r.band() + " benchmark";
        } else if (rate instanceof FrameworkRate r) {
            return r.type() + " framework rate";
        } else if (rate instanceof PolicyParameter p) {
            return "parameter " + p.name();
        }
        StepDownRoute r = (StepDownRoute) rate;
        return "step-down route " + r.route() + " target (" + r.target() + ")";
    }

    /** The years the table gives, in order. */
    public List<Entry> entries() {
        return List.copyOf(new TreeMap<>(years).values());
    }

    /** The index of a year; a year with no row stops the run, naming the table and the year. */
    public Entry of(String year, String neededFor) {
        Entry entry = years.get(year);
        if (entry == null) {
            throw new RulebaseException(file + ": no index value for the financial year " + year
                    + ", needed for " + neededFor + " (the table gives " + range() + "; add a row for " + year + ")");
        }
        return entry;
    }

    private String range() {
        if (years.isEmpty()) {
            return "no years";
        }
        TreeMap<String, Entry> sorted = new TreeMap<>(years);
        return sorted.firstKey() + " to " + sorted.lastKey();
    }

    /**
     * The reference facts with every rate at the prices of the review's financial year, made once per year. The
     * made lists are kept for one list of facts as read: a rulebase whose facts differ (a parameter overlay) takes
     * its own {@link #copy()}, and is refused here rather than given another's facts.
     */
    List<Object> facts(List<Object> asRead, ReviewContext context) {
        synchronized (pricedFacts) {
            if (pricedFor == null) {
                pricedFor = asRead;
            } else if (pricedFor != asRead) {
                throw new IllegalStateException("a price index uplifts one list of reference facts; copy() it for another");
            }
        }
        String year = RatePrice.yearOf(context.yearStart());
        return pricedFacts.computeIfAbsent(year, y -> uplift(asRead, y));
    }

    /** The same index and rates, with nothing uplifted yet (for a rulebase with other facts, e.g. --set values). */
    public PriceIndex copy() {
        return new PriceIndex(years, file, rates);
    }

    private List<Object> uplift(List<Object> asRead, String year) {
        Entry to = of(year, "the review's financial year (starting " + year.substring(0, 4) + ")");
        List<Object> out = new ArrayList<>(asRead.size());
        for (Object fact : asRead) {
            RatePrice price = fact instanceof Priced p ? p.price() : null;
            if (price == null) {
                out.add(fact);
                continue;
            }
            RatePrice uplifted = price.upliftedTo(year, of(price.priceYear(), "a rate").value(), to.value());
            out.add(((Priced) fact).at(uplifted));
        }
        return List.copyOf(out);
    }
}
