package placementreview.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the portfolio rules see of one placement once its own rules have run. {@code annualCost}: gross annualised
 * cost (the spend with the provider); {@code needBand}: see {@link NeedBands} (null = unknown); {@code costRank}: 1 for
 * the highest net annual cost in the caseload (ties by placement id), 0 when not ranked; {@code bought}: a placement
 * bought from a provider (not in-house, kinship or placed with parents); {@code firstOfProvider} /
 * {@code firstOfBlock}: this is the highest-cost placement of its provider / of its provider, type and need band
 * (so a portfolio rule can match each provider or group once, without a costly "no other placement" join).
 */
public record PlacementSummary(String placementId, PlacementType type, String providerRef, Boolean onFramework,
                               BigDecimal weeklyCost, BigDecimal netAnnualCost, BigDecimal annualCost,
                               NeedBand needBand, int costRank, boolean bought, boolean firstOfProvider,
                               boolean firstOfBlock) {
    private static PlacementSummary of(Placement p, NeedBand band, int costRank, boolean firstOfProvider,
                                       boolean firstOfBlock) {
        return new PlacementSummary(p.id(), p.type(), p.provider().ref(), p.provider().onFramework(),
                p.getWeeklyCost(), p.getNetAnnualCost(), p.getAnnualCost(), band, costRank,
                p.type().isBought(), firstOfProvider, firstOfBlock);
    }

    /** Summaries of every placement, each with its rank by net annual cost (highest first, ties by id). */
    public static List<PlacementSummary> rankedByCost(List<Placement> placements, NeedBands bands) {
        // the net annual cost is worked out once per placement, not at each of the sort's comparisons
        record Keyed(Placement placement, BigDecimal netAnnualCost) {
        }
        List<Keyed> keyed = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            keyed.add(new Keyed(p, p.getNetAnnualCost()));
        }
        keyed.sort(Comparator.comparing(Keyed::netAnnualCost).reversed()
                .thenComparing(k -> k.placement().id()));
        List<Placement> sorted = keyed.stream().map(Keyed::placement).toList();
        List<PlacementSummary> out = new ArrayList<>(sorted.size());
        Set<String> providers = new HashSet<>();
        Set<List<Object>> blocks = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Placement p = sorted.get(i);
            String ref = p.provider().ref();
            boolean firstOfProvider = ref != null && providers.add(ref);
            NeedBand band = bands.bandOf(p.needs());
            boolean firstOfBlock = ref != null && blocks.add(Arrays.asList(ref, p.type(), band));
            out.add(of(p, band, i + 1, firstOfProvider, firstOfBlock));
        }
        return out;
    }
}
