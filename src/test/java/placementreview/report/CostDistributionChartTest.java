package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import placementreview.report.CostDistributionChart.Bar;
import placementreview.report.CostDistributionChart.Gridline;

class CostDistributionChartTest {
    private static List<BigDecimal> pounds(String... amounts) {
        return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    @Test
    void theHighestCostFillsThePlotAndTheOthersAreInProportion() {
        // plot: x 70..670 (600 wide), y 10..196 (186 high); four bars of 150 units each
        CostDistributionChart chart = CostDistributionChart.of(pounds("2000.00", "1000.00", "500.00", "0.00"), 1);

        assertThat(chart.bars()).containsExactly(
                new Bar("70.00", "10.00", "149.40", "186.00", "bar-top"),
                new Bar("220.00", "103.00", "149.40", "93.00", "bar"),
                new Bar("370.00", "149.50", "149.40", "46.50", "bar"),
                new Bar("520.00", "196.00", "149.40", "0.00", "bar"));
        assertThat(chart.placements()).isEqualTo(4);
    }

    @Test
    void gridlinesMarkQuartersOfTheHighestCostInWholePounds() {
        CostDistributionChart chart = CostDistributionChart.of(pounds("20824.00", "100.00"), 1);

        assertThat(chart.gridlines()).containsExactly(
                new Gridline("196.0", "200.0", "£0"),
                new Gridline("149.5", "153.5", "£5,206"),
                new Gridline("103.0", "107.0", "£10,412"),
                new Gridline("56.5", "60.5", "£15,618"),
                new Gridline("10.0", "14.0", "£20,824"));
        assertThat(chart.labelRight()).isEqualTo(66);
        assertThat(chart.captionY()).isEqualTo(214);
    }

    @Test
    void theTopNBarsAreDarkAndTheRestLight() {
        CostDistributionChart chart = CostDistributionChart.of(pounds("900", "800", "700", "600", "500"), 2);

        assertThat(chart.bars()).extracting(Bar::style).containsExactly("bar-top", "bar-top", "bar", "bar", "bar");
        assertThat(chart.highlighted()).isEqualTo(2);
    }

    @Test
    void theDescriptionSaysHowManyPlacementsTheirRangeAndWhichBarsAreDark() {
        assertThat(CostDistributionChart.of(pounds("20823.93", "900.40", "120.00"), 2).description())
                .isEqualTo("3 placements, from £20,824 a week down to £120; the 2 dark bars are the placements in the"
                        + " top table, which gives their figures.");
        assertThat(CostDistributionChart.of(List.of(), 0).description()).isEqualTo("No placements.");
    }

    @Test
    void aCaseloadWithNoPlacementsHasGridlinesAndNoBars() {
        CostDistributionChart chart = CostDistributionChart.of(List.of(), 0);

        assertThat(chart.bars()).isEmpty();
        assertThat(chart.gridlines()).hasSize(5);
    }

    @Test
    void coordinatesUseAFullStopWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
            CostDistributionChart chart = CostDistributionChart.of(pounds("3.00", "1.00", "1.00"), 1);
            assertThat(chart.bars().get(0).width()).isEqualTo("199.40");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }
}
