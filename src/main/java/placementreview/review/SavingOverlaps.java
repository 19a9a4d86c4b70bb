package placementreview.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import placementreview.model.Apportionment;
import placementreview.model.ComponentAssignment;
import placementreview.model.Funder;
import placementreview.model.SavingOverlap;

/**
 * Which parts of a placement's cost each option family reduces (rules/reference/saving-overlap.csv). A family that
 * is not in the table is taken to reduce the whole package, so it can never be added to another option. A family
 * that reduces a funder's share ("Health's share", "Education's share") reduces the components the placement's
 * apportionment assigns to that funder: a health contribution towards therapy and an education contribution towards
 * the education element reduce different parts and add up.
 */
public final class SavingOverlaps {
    private static final Map<String, Funder> FUNDER_SHARES = Map.of("Health's share", Funder.HEALTH,
            "Education's share", Funder.EDUCATION);

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

    /**
     * The parts of the cost an option of this family reduces on a placement with this apportionment (null when no
     * apportionment rule ran): one part, or the components assigned to a funder. Under the opt-in fixed-shares
     * policy a funder's share is a share of every component: the whole package.
     */
    public Set<String> parts(String family, Apportionment apportionment) {
        String reduces = reduces(family);
        Funder funder = FUNDER_SHARES.get(reduces);
        if (funder == null || apportionment == null) {
            return Set.of(reduces);
        }
        if (!"components".equals(apportionment.method())) {
            return Set.of(SavingOverlap.WHOLE_PACKAGE);
        }
        Set<String> parts = new TreeSet<>();
        for (ComponentAssignment c : apportionment.components()) {
            if (c.funder() == funder && c.weekly().signum() > 0) {
                parts.add(c.component().part());
            }
        }
        return parts.isEmpty() ? Set.of(reduces) : parts;
    }
}
