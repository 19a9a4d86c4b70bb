package placementreview.ruleapi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import placementreview.model.ComponentAssignment;
import placementreview.model.CostComponent;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Placement;

/**
 * The arithmetic of a funding split. Money adds up exactly: component-based, each funder's weekly figure is the sum of
 * the components assigned to it; fixed shares, Education and Health are rounded to the penny and Social care takes
 * the remainder. Annual = weekly x weeks per year. Shares are % of the weekly cost, each rounded half-up to one
 * decimal place on its own, so the three shown may sum to 99.9 or 100.1 (the pounds always sum exactly).
 */
public final class ApportionmentCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ApportionmentCalculator() {
    }

    /** The components of the weekly cost that are known (not null), in case-file order. */
    public static Set<CostComponent> knownComponents(Placement placement) {
        Set<CostComponent> known = EnumSet.noneOf(CostComponent.class);
        for (CostComponent c : CostComponent.values()) {
            if (c.of(placement.weekly()) != null) {
                known.add(c);
            }
        }
        return known;
    }

    /** The case-file names of the components whose amount is not known. */
    public static List<String> unknownComponents(Placement placement) {
        List<String> unknown = new ArrayList<>();
        for (CostComponent c : CostComponent.values()) {
            if (c.of(placement.weekly()) == null) {
                unknown.add(c.key());
            }
        }
        return unknown;
    }

    /** True when every known component is assigned exactly once, and nothing else is. */
    public static boolean covers(Placement placement, Collection<?> assignments) {
        Set<CostComponent> seen = EnumSet.noneOf(CostComponent.class);
        for (Object o : assignments) {
            ComponentAssignment a = (ComponentAssignment) o;
            if (!a.placementId().equals(placement.id()) || !seen.add(a.component())) {
                return false;
            }
        }
        return seen.equals(knownComponents(placement));
    }

    /** The assignments in component order. */
    public static List<ComponentAssignment> sorted(Collection<?> assignments) {
        return assignments.stream().map(ComponentAssignment.class::cast)
                .sorted(Comparator.comparing(ComponentAssignment::component)).toList();
    }

    /** Each funder's weekly sum of the components assigned to it. */
    public static Map<Funder, BigDecimal> byComponents(Collection<?> assignments) {
        Map<Funder, BigDecimal> weekly = zeroes();
        for (ComponentAssignment a : sorted(assignments)) {
            weekly.merge(a.funder(), a.weekly(), BigDecimal::add);
        }
        return weekly;
    }

    /**
     * Fixed shares of the weekly cost: Education and Health get their percentage rounded to the penny, Social care
     * the rest, so the three add up exactly.
     */
    public static Map<Funder, BigDecimal> byFixedShares(BigDecimal weeklyCost, BigDecimal educationPct,
                                                        BigDecimal healthPct) {
        Map<Funder, BigDecimal> weekly = zeroes();
        BigDecimal education = percentOf(weeklyCost, educationPct);
        BigDecimal health = percentOf(weeklyCost, healthPct);
        weekly.put(Funder.EDUCATION, education);
        weekly.put(Funder.HEALTH, health);
        weekly.put(Funder.SOCIAL_CARE, weeklyCost.subtract(education).subtract(health));
        return weekly;
    }

    /** Weekly, annual and share for one funder. */
    public static FunderShare share(BigDecimal funderWeekly, BigDecimal weeklyCost, int weeksPerYear) {
        return new FunderShare(funderWeekly, funderWeekly.multiply(BigDecimal.valueOf(weeksPerYear)),
                sharePct(funderWeekly, weeklyCost));
    }

    /** funderWeekly as % of weeklyCost, half-up to 0.1; 0.0 when the weekly cost is zero. */
    public static BigDecimal sharePct(BigDecimal funderWeekly, BigDecimal weeklyCost) {
        if (weeklyCost.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return funderWeekly.multiply(HUNDRED).divide(weeklyCost, 1, RoundingMode.HALF_UP);
    }

    /** The amount by which a funder's fair share exceeds what it pays now (zero if it pays enough). */
    public static BigDecimal shortfall(BigDecimal fairWeekly, BigDecimal contributionWeekly) {
        BigDecimal gap = fairWeekly.subtract(contributionWeekly);
        return gap.signum() > 0 ? gap : BigDecimal.ZERO;
    }

    private static BigDecimal percentOf(BigDecimal amount, BigDecimal pct) {
        return amount.multiply(pct).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static Map<Funder, BigDecimal> zeroes() {
        Map<Funder, BigDecimal> weekly = new EnumMap<>(Funder.class);
        for (Funder f : Funder.values()) {
            weekly.put(f, BigDecimal.ZERO);
        }
        return weekly;
    }
}
