package placementreview.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.MarketRate;
import placementreview.model.NeedBand;
import placementreview.model.NeedBands;
import placementreview.model.Placement;
import placementreview.model.PlacementType;

/**
 * The council's own market: the weekly cost of the reviewed placements grouped by placement type and need band, each
 * group with its count and quartiles. Quartiles are a spreadsheet's QUARTILE.INC (R's type 7): sort the n weekly costs
 * x(0) &lt;= ... &lt;= x(n-1); the p-th quantile is at position h = (n - 1) x p, between x(floor h) and the next,
 * x(floor h) + (h - floor h) x (x(floor h + 1) - x(floor h)), rounded once, half up, to the penny. One placement is
 * its own quartiles; the fee-level rules use a group only when it holds the minimum count (a reference parameter).
 */
public final class Market {
    private static final BigDecimal LOWER = new BigDecimal("0.25");
    private static final BigDecimal MIDDLE = new BigDecimal("0.5");
    private static final BigDecimal UPPER = new BigDecimal("0.75");
    /** Groups in the order of the type list, then band (STANDARD, ELEVATED, COMPLEX, unknown last). */
    private static final Comparator<MarketRate> ORDER = Comparator.comparing(MarketRate::type)
            .thenComparing(MarketRate::band, Comparator.nullsLast(Comparator.naturalOrder()));

    private Market() {
    }

    /** One group per type and need band present in the placements (the need band unknown is a group of its own). */
    public static List<MarketRate> of(List<Placement> placements, NeedBands needBands) {
        Map<PlacementType, Map<Integer, List<BigDecimal>>> groups = new TreeMap<>();
        for (Placement p : placements) {
            NeedBand band = needBands.bandOf(p.needs());
            groups.computeIfAbsent(p.type(), t -> new TreeMap<>())
                    .computeIfAbsent(band == null ? NeedBand.values().length : band.ordinal(), b -> new ArrayList<>())
                    .add(p.getWeeklyCost());
        }
        List<MarketRate> out = new ArrayList<>();
        groups.forEach((type, bands) -> bands.forEach((band, costs) -> out.add(rate(type,
                band < NeedBand.values().length ? NeedBand.values()[band] : null, costs))));
        out.sort(ORDER);
        return List.copyOf(out);
    }

    static MarketRate rate(PlacementType type, NeedBand band, List<BigDecimal> weeklyCosts) {
        List<BigDecimal> sorted = weeklyCosts.stream().sorted().toList();
        return new MarketRate(type, band, sorted.size(), quantile(sorted, LOWER), quantile(sorted, MIDDLE),
                quantile(sorted, UPPER));
    }

    /** QUARTILE.INC of sorted values at p (0 to 1), to the penny. */
    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
        int below = h.intValue();
        BigDecimal low = sorted.get(below);
        if (below + 1 >= sorted.size()) {
            return low.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(below));
        return low.add(fraction.multiply(sorted.get(below + 1).subtract(low))).setScale(2, RoundingMode.HALF_UP);
    }
}
