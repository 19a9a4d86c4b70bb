package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.Savings;

/**
 * Savings and cost recovered totalled by option family over a set of placements (a family has one effect). Only options counted in each placement's best
 * achievable saving are added (see {@link SavingsPlan}), so the families add up to the best-saving total and no
 * overlapping options are ever added. {@code optionsFound} counts every quantified option of the family, counted or not.
 */
public record FamilyTotal(String family, Effect effect, int optionsFound, int placementsCounted,
                          BigDecimal weeklySaving, BigDecimal inYearSaving, BigDecimal fullYearSaving) {

    static List<FamilyTotal> of(List<RankedPlacement> ranked) {
        Map<String, FamilyTotal> byFamily = new TreeMap<>();
        for (RankedPlacement r : ranked) {
            for (Finding f : r.findings()) {
                if (f.savings() == null || f.effect() == null) {
                    continue;
                }
                boolean counted = r.savingsPlan().counts(f);
                Savings s = counted ? f.savings() : new Savings(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
                FamilyTotal add = new FamilyTotal(f.family(), f.effect(), 1, counted ? 1 : 0, s.weekly(), s.inYear(), s.fullYear());
                byFamily.merge(f.family(), add, FamilyTotal::plus);
            }
        }
        List<FamilyTotal> out = new ArrayList<>(byFamily.values());
        out.sort(Comparator.comparing(FamilyTotal::fullYearSaving).reversed().thenComparing(FamilyTotal::family));
        return List.copyOf(out);
    }

    private FamilyTotal plus(FamilyTotal o) {
        return new FamilyTotal(family, effect, optionsFound + o.optionsFound, placementsCounted + o.placementsCounted,
                weeklySaving.add(o.weeklySaving), inYearSaving.add(o.inYearSaving), fullYearSaving.add(o.fullYearSaving));
    }
}
