package placementreview.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.Finding;
import placementreview.model.Savings;

/**
 * Savings identified per option family. Within a family, options on one placement are alternatives (a fee
 * renegotiated to the benchmark or to the framework rate, not both), so each placement counts its largest option of
 * the family once. Families are not added together here: the caseload's best achievable total is the sum of each
 * placement's best achievable saving.
 */
public final class FamilySavings {
    private FamilySavings() {
    }

    /** Family to totals, largest full-year saving first (ties by family name). */
    public static Map<String, Savings> of(List<RankedPlacement> placements) {
        Map<String, Savings> totals = new TreeMap<>();
        for (RankedPlacement r : placements) {
            Map<String, Savings> best = new TreeMap<>();
            for (Finding f : r.findings()) {
                Savings s = f.savings();
                if (s != null && (!best.containsKey(f.family())
                        || s.fullYear().compareTo(best.get(f.family()).fullYear()) > 0)) {
                    best.put(f.family(), s);
                }
            }
            best.forEach((family, s) -> totals.merge(family, s, FamilySavings::add));
        }
        Map<String, Savings> sorted = new LinkedHashMap<>();
        totals.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Savings>, BigDecimal>comparing(e -> e.getValue().fullYear())
                        .reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Savings add(Savings a, Savings b) {
        return new Savings(a.weekly().add(b.weekly()), a.inYear().add(b.inYear()), a.fullYear().add(b.fullYear()));
    }
}
