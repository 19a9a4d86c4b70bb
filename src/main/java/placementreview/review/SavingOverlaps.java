package placementreview.review;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.SavingOverlap;

/**
 * Which part of a placement's cost each option family reduces (rules/reference/saving-overlap.csv). A family that
 * is not in the table is taken to reduce the whole package, so it can never be added to another option.
 */
public final class SavingOverlaps {
    private final Map<String, String> reducesByFamily = new TreeMap<>();

    public SavingOverlaps(List<SavingOverlap> rows) {
        rows.forEach(r -> reducesByFamily.put(r.family(), r.reduces()));
    }

    public static SavingOverlaps none() {
        return new SavingOverlaps(List.of());
    }

    public String reduces(String family) {
        return reducesByFamily.getOrDefault(family, SavingOverlap.WHOLE_PACKAGE);
    }
}
