package placementreview.model;

import java.math.BigDecimal;

/** What the portfolio rules see of one placement once its own rules have run. */
public record PlacementSummary(String placementId, PlacementType type, String providerRef, Boolean onFramework,
                               BigDecimal weeklyCost, BigDecimal netAnnualCost) {

    public static PlacementSummary of(Placement p) {
        return new PlacementSummary(p.id(), p.type(), p.provider().ref(), p.provider().onFramework(),
                p.getWeeklyCost(), p.getNetAnnualCost());
    }
}
