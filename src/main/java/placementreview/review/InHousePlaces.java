package placementreview.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.Finding;
import placementreview.model.StepDownCandidate;

/**
 * The in-house places the portfolio rule CAP-01 allocated across the caseload, looked up per step-down route. A
 * route that needs an in-house place counts in a placement's best saving only when a place was allocated to it.
 */
public final class InHousePlaces {
    /** Before the caseload is allocated: no route that needs a place has one. */
    public static final InHousePlaces NONE = new InHousePlaces(Map.of());

    private final Map<String, CapacityStatus> byPlacementAndRoute;

    private InHousePlaces(Map<String, CapacityStatus> byPlacementAndRoute) {
        this.byPlacementAndRoute = byPlacementAndRoute;
    }

    public static InHousePlaces of(List<Finding> caseload) {
        Map<String, CapacityStatus> statuses = new HashMap<>();
        for (Finding f : caseload) {
            if (f instanceof CapacityAllocation a) {
                statuses.putIfAbsent(key(a.placementId(), a.route()), a.status());
            }
        }
        return new InHousePlaces(statuses);
    }

    /** CAP-01's decision on this route, or null when it made none (the route needs no place, or not yet allocated). */
    public CapacityStatus status(StepDownCandidate c) {
        return byPlacementAndRoute.get(key(c.placementId(), c.getRouteName()));
    }

    private static String key(String placementId, String route) {
        return placementId + "\u0000" + route;
    }
}
