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
import placementreview.model.RatePrice;
import placementreview.model.ReviewContext;
import placementreview.model.StepDownRoute;

/**
 * rules/reference/price-index.csv: an index value for each financial year, with its source. Every rate in the
 * reference tables carries the year its price belongs to; a session sees each rate uplifted to the review's
 * financial year, original x index(review year) / index(price year), to the penny. A year with no index row stops
 * the run (exit 2), naming the table and the year: at load for a rate's price year, at review for the review's year.
 */
public final class PriceIndex {
    static final String FILE = "reference/price-index.csv";

    private final Map<String, Entry> years;
    private final String file;
    private final Map<String, List<Object>> pricedFacts = new ConcurrentHashMap<>();

    /** One year's index value, its source and where it is defined. */
    public record Entry(String year, BigDecimal value, String source, String where) {
    }

    /** The index values by year, read from {@code file} (as messages show it, e.g. rules/reference/price-index.csv). */
    PriceIndex(Map<String, Entry> years, String file) {
        this.years = Map.copyOf(years);
        this.file = file;
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

    /** The reference facts with every rate at the prices of the review's financial year (made once per year). */
    List<Object> facts(List<Object> asRead, ReviewContext context) {
        String year = RatePrice.yearOf(context.yearStart());
        return pricedFacts.computeIfAbsent(year, y -> uplift(asRead, y));
    }

    private List<Object> uplift(List<Object> asRead, String year) {
        Entry to = of(year, "the review's financial year (starting " + year.substring(0, 4) + ")");
        List<Object> out = new ArrayList<>(asRead.size());
        for (Object fact : asRead) {
            RatePrice price = priceOf(fact);
            if (price == null) {
                out.add(fact);
                continue;
            }
            RatePrice uplifted = price.upliftedTo(year, of(price.priceYear(), "a rate").value(), to.value());
            out.add(at(fact, uplifted));
        }
        return List.copyOf(out);
    }

    private static Object at(Object rate, RatePrice uplifted) {
        if (rate instanceof BenchmarkRate r) {
            return r.at(uplifted);
        } else if (rate instanceof NeedBandRate r) {
            return r.at(uplifted);
        } else if (rate instanceof FrameworkRate r) {
            return r.at(uplifted);
        }
        return ((StepDownRoute) rate).at(uplifted);
    }

    /** The price of a rate fact, or null for a fact that is not a rate. */
    static RatePrice priceOf(Object fact) {
        if (fact instanceof BenchmarkRate r) {
            return r.price();
        } else if (fact instanceof NeedBandRate r) {
            return r.price();
        } else if (fact instanceof FrameworkRate r) {
            return r.price();
        } else if (fact instanceof StepDownRoute r) {
            return r.price();
        }
        return null;
    }
}
