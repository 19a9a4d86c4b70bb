package placementreview.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.kie.api.runtime.rule.Match;
import placementreview.model.BenchmarkRate;
import placementreview.model.Finding;
import placementreview.model.FrameworkRate;
import placementreview.model.MarketRate;
import placementreview.model.NeedBandRate;
import placementreview.model.Placement;
import placementreview.model.PlacementSummary;
import placementreview.model.PolicyParameter;
import placementreview.model.RatePrice;
import placementreview.model.ReviewContext;
import placementreview.model.StepDownRoute;

/** The values a rule matched, by the names its author bound them to (without the leading $), as text. */
public final class MatchedValues {
    private static final String GENERATED = "GENERATED_";

    private MatchedValues() {
    }

    /**
     * Whether findings made on this thread record their evidence. Off while a review evaluates every placement for
     * ranking and totals: only the top N's evidence is ever shown (they are evaluated again with it), and the
     * evidence of 100,000 placements' findings would not fit a 1 GiB heap.
     */
    private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> Boolean.TRUE);

    /** Runs the work with evidence recording off on this thread (findings then carry an empty evidence map). */
    static <T> T withoutEvidence(Supplier<T> work) {
        RECORDING.set(Boolean.FALSE);
        try {
            return work.get();
        } finally {
            RECORDING.remove();
        }
    }

    /**
     * By name, so the evidence reads the same whichever way the rules were compiled (the engine's own order of a
     * rule's declarations differs between DRL compiled at run time and the executable model). Declarations the
     * executable model adds for unnamed patterns ({@code GENERATED_...}) are not the author's and are left out.
     */
    public static Map<String, String> of(Match match) {
        if (!RECORDING.get()) {
            return Map.of();
        }
        Map<String, String> values = new TreeMap<>();
        for (String id : match.getDeclarationIds()) {
            if (!id.startsWith(GENERATED)) {
                values.put(id.startsWith("$") ? id.substring(1) : id, describe(match.getDeclarationValue(id)));
            }
        }
        return new LinkedHashMap<>(values);
    }

    /** "978.75 a week at 2026-27 prices = 820.00 at 2020-21 prices x index 134.4 / 112.6" (or the bare rate). */
    private static String priced(BigDecimal weekly, RatePrice price) {
        return price == null ? weekly.toPlainString() + " a week" : price.describe();
    }

    static String describe(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Placement p) {
            return "placement " + p.id();
        }
        if (value instanceof PlacementSummary s) {
            return "placement " + s.placementId();
        }
        if (value instanceof ReviewContext c) {
            return "as of " + c.asOf() + ", financial year " + c.yearStart() + " to " + c.yearEnd();
        }
        if (value instanceof PolicyParameter p && p.price() != null) {
            return p.name() + " = " + p.price().describe() + " (" + p.source() + ")";
        }
        if (value instanceof PolicyParameter p) {
            return p.name() + " = " + p.value().toPlainString() + " " + p.unit() + " (" + p.source() + ")";
        }
        if (value instanceof BenchmarkRate r) {
            return r.type() + " benchmark " + priced(r.weekly(), r.price()) + " (" + r.source() + ")";
        }
        if (value instanceof NeedBandRate r) {
            return r.type() + " " + r.band() + " benchmark " + priced(r.weekly(), r.price()) + " (" + r.source() + ")";
        }
        if (value instanceof FrameworkRate r) {
            return r.type() + " framework rate " + priced(r.weekly(), r.price()) + " (" + r.source() + ")";
        }
        if (value instanceof MarketRate m) {
            return "this council's " + m.group() + ": " + m.count() + " placements, lower quartile "
                    + m.lowerQuartile().toPlainString() + ", median " + m.median().toPlainString()
                    + ", upper quartile " + m.upperQuartile().toPlainString() + " a week (QUARTILE.INC of the caseload)";
        }
        if (value instanceof Finding f) {
            return f.ruleId() + " " + f.title();
        }
        if (value instanceof StepDownRoute r) {
            return "route " + r.route() + " to " + r.targetLabel() + " at " + priced(r.weekly(), r.price())
                    + ", " + r.targetWeeksPerYear() + " weeks a year (" + r.source() + ")";
        }
        if (value instanceof placementreview.model.Savings s) {
            return "weekly " + s.weekly().toPlainString() + ", in year " + s.inYear().toPlainString()
                    + ", full year " + s.fullYear().toPlainString();
        }
        if (value instanceof placementreview.model.SavingWithoutInHousePlace s) {
            return "placement " + s.placementId() + " counts " + s.counted().fullYear().toPlainString()
                    + " a year without an in-house place";
        }
        if (value instanceof java.util.Collection<?> items) {
            return items.size() > 10 ? items.size() + " items"
                    : "[" + String.join("; ", items.stream().map(MatchedValues::describe).toList()) + "]";
        }
        return String.valueOf(value);
    }
}
