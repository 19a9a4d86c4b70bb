package placementreview.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The weekly package, by component, in pounds. Only core is required; a null component is not known (counted as £0 in totals). */
public record WeeklyCost(BigDecimal core, BigDecimal additionalStaffing, BigDecimal education, BigDecimal therapy,
                         BigDecimal transport) {

    public BigDecimal total() {
        return components().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Known components by case-file name, in case-file order. */
    public Map<String, BigDecimal> components() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        put(out, "core", core);
        put(out, "additionalStaffing", additionalStaffing);
        put(out, "education", education);
        put(out, "therapy", therapy);
        put(out, "transport", transport);
        return out;
    }

    private static void put(Map<String, BigDecimal> out, String name, BigDecimal value) {
        if (value != null) {
            out.put(name, value);
        }
    }
}
