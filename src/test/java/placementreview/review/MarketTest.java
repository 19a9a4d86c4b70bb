package placementreview.review;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.MarketRate;
import placementreview.model.NeedBand;
import placementreview.model.NeedBands;
import placementreview.model.Placement;
import placementreview.model.PlacementType;

/**
 * The council's own market: quartiles as QUARTILE.INC (position (n - 1) x p, interpolated), each rounded once to the
 * penny, on groups of every small size; one group per type and need band.
 */
class MarketTest {

    private static MarketRate of(String... weekly) {
        return Market.rate(PlacementType.IFA, NeedBand.STANDARD, Arrays.stream(weekly).map(BigDecimal::new).toList());
    }

    private static void assertQuartiles(MarketRate r, String lower, String median, String upper) {
        assertThat(r.lowerQuartile()).isEqualByComparingTo(lower);
        assertThat(r.median()).isEqualByComparingTo(median);
        assertThat(r.upperQuartile()).isEqualByComparingTo(upper);
    }

    @Test
    void onePlacementIsItsOwnQuartiles() {
        MarketRate r = of("900.00");
        assertThat(r.count()).isEqualTo(1);
        assertQuartiles(r, "900.00", "900.00", "900.00");
    }

    @Test
    void twoPlacementsInterpolateAQuarterAHalfAndThreeQuartersOfTheWay() {
        // positions 0.25, 0.5, 0.75 between 800 and 1000
        assertQuartiles(of("1000.00", "800.00"), "850.00", "900.00", "950.00");
    }

    @Test
    void threePlacements() {
        // positions 0.5, 1, 1.5 over 800, 900, 1300
        assertQuartiles(of("1300.00", "800.00", "900.00"), "850.00", "900.00", "1100.00");
    }

    @Test
    void fourPlacementsRoundOnceToThePenny() {
        // positions 0.75, 1.5, 2.25 over 100.00, 100.01, 100.02, 100.04:
        // 100.0075 -> 100.01; 100.015 -> 100.02 and 100.025 -> 100.03 (half up)
        assertQuartiles(of("100.04", "100.00", "100.02", "100.01"), "100.01", "100.02", "100.03");
    }

    @Test
    void fivePlacementsLandOnValues() {
        assertQuartiles(of("4000.00", "4200.00", "4400.00", "4600.00", "5000.00"), "4200.00", "4400.00", "4600.00");
    }

    @Test
    void oneGroupPerTypeAndNeedBandWithTheBandUnknownLast() {
        List<Placement> caseload = List.of(
                placement().id("A").core("5000.00").build(),
                placement().id("B").core("6000.00").build(),
                placement().id("C").core("9000.00").need(DstDomain.SEIZURES, DstLevel.SEVERE).build(),
                placement().id("D").core("7000.00").needUnknown(DstDomain.BREATHING).build(),
                placement().id("E").type(PlacementType.IFA).core("900.00").build());
        List<MarketRate> market = Market.of(caseload, new NeedBands(new BigDecimal("3"), BigDecimal.ONE));
        assertThat(market).extracting(MarketRate::type, MarketRate::band, MarketRate::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PlacementType.IFA, NeedBand.STANDARD, 1),
                org.assertj.core.groups.Tuple.tuple(PlacementType.EXTERNAL_CHILDRENS_HOME, NeedBand.STANDARD, 2),
                org.assertj.core.groups.Tuple.tuple(PlacementType.EXTERNAL_CHILDRENS_HOME, NeedBand.COMPLEX, 1),
                org.assertj.core.groups.Tuple.tuple(PlacementType.EXTERNAL_CHILDRENS_HOME, null, 1));
        assertQuartiles(market.get(1), "5250.00", "5500.00", "5750.00");
    }
}
