package placementreview.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The weekly package, by component, in pounds. Only core is required; a null component is not known (counted as £0 in totals). */
public record WeeklyCost(BigDecimal core, BigDecimal additionalStaffing, BigDecimal education, BigDecimal therapy,
                         BigDecimal transport) {

    /** The known components added up, in case-file order (the rules call this often: no map is built). */
    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal part : new BigDecimal[] {core, additionalStaffing, education, therapy, transport}) {
            if (part != null) {
                sum = sum.add(part);
            }
        }
        return sum;
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
