package placementreview.review;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import placementreview.engine.Nearest;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.model.Placement;

/**
 * Finds the placement a user means by its placement id or the child's reference, ignoring case (a social worker
 * knows the child's reference; the panel knows the placement id). When nothing matches, the message lists the
 * nearest ids so a typing slip is easy to correct.
 */
final class PlacementFinder {
    private static final int NEAREST_SHOWN = 3;

    private PlacementFinder() {
    }

    static Placement find(CaseFile caseFile, String wanted) {
        String key = wanted.strip().toUpperCase(Locale.ROOT);
        List<Placement> byId = caseFile.placements().stream()
                .filter(p -> p.id().toUpperCase(Locale.ROOT).equals(key)).toList();
        if (!byId.isEmpty()) {
            return byId.get(0);
        }
        List<Placement> byChild = caseFile.placements().stream()
                .filter(p -> p.child().ref() != null && p.child().ref().toUpperCase(Locale.ROOT).equals(key))
                .sorted(Comparator.comparing(Placement::start).reversed().thenComparing(Placement::id)).toList();
        if (!byChild.isEmpty()) {
            return byChild.get(0);
        }
        boolean rejected = caseFile.rejected().stream().anyMatch(r -> r.id() != null
                && r.id().toUpperCase(Locale.ROOT).equals(key));
        throw new InputException("no placement or child " + wanted + " in the case file"
                + (rejected ? " (it was rejected: run validate to see why)" : nearest(caseFile, key)));
    }

    private static String nearest(CaseFile caseFile, String key) {
        List<String> ids = caseFile.placements().stream()
                .flatMap(p -> Stream.of(p.id(), p.child().ref())).filter(id -> id != null).distinct()
                .sorted(Comparator.comparingInt((String id) -> Nearest.distance(key, id.toUpperCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(NEAREST_SHOWN).toList();
        return ids.isEmpty() ? "" : "; nearest: " + String.join(", ", ids);
    }
}
