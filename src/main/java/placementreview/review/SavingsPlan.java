package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import placementreview.model.Finding;
import placementreview.model.SavingOverlap;
import placementreview.model.Savings;

/**
 * A placement's best achievable saving and the options counted in it, without double counting.
 * <p>The rule: every quantified option reduces one part of the cost (its family's row in saving-overlap.csv).
 * Options on the same part are alternatives: only the largest (full-year) counts. Options on different parts
 * add up. An option on the whole package (benchmark fee, term-time weeks, step-down...) overlaps every part, so
 * the best is either the largest whole-package option alone or the sum of the best option per part, whichever
 * saves more in a full year (ties: the parts). Options are compared by full-year saving; the weekly and in-year
 * figures of the plan are the sums of the counted options' figures.
 */
public record SavingsPlan(Savings total, List<Finding> counted) {
    public static final SavingsPlan NONE = new SavingsPlan(null, List.of());

    public static SavingsPlan best(List<Finding> findings, SavingOverlaps overlaps) {
        Map<String, Finding> bestByPart = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.savings() == null || f.placementId() == null) {
                continue;
            }
            bestByPart.merge(overlaps.reduces(f.family()), f, (a, b) -> fullYear(b).compareTo(fullYear(a)) > 0 ? b : a);
        }
        Finding whole = bestByPart.remove(SavingOverlap.WHOLE_PACKAGE);
        List<Finding> parts = new ArrayList<>(bestByPart.values());
        BigDecimal partsTotal = parts.stream().map(SavingsPlan::fullYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Finding> counted = whole != null && (parts.isEmpty() || fullYear(whole).compareTo(partsTotal) > 0)
                ? List.of(whole) : parts;
        if (counted.isEmpty()) {
            return NONE;
        }
        List<Finding> sorted = counted.stream().sorted(Comparator.comparing(SavingsPlan::fullYear).reversed()).toList();
        return new SavingsPlan(sum(sorted), sorted);
    }

    public boolean counts(Finding f) {
        return counted.stream().anyMatch(c -> c == f);
    }

    private static Savings sum(List<Finding> options) {
        BigDecimal weekly = BigDecimal.ZERO;
        BigDecimal inYear = BigDecimal.ZERO;
        BigDecimal fullYear = BigDecimal.ZERO;
        for (Finding f : options) {
            weekly = weekly.add(f.savings().weekly());
            inYear = inYear.add(f.savings().inYear());
            fullYear = fullYear.add(f.savings().fullYear());
        }
        return new Savings(weekly, inYear, fullYear);
    }

    private static BigDecimal fullYear(Finding f) {
        return f.savings().fullYear();
    }
}
