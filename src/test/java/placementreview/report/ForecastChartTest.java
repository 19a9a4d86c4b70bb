package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.report.ForecastChart.Budget;
import placementreview.report.ForecastChart.Key;
import placementreview.report.ForecastChart.Slip;
import placementreview.report.ForecastChart.Tick;
import placementreview.review.Forecast;
import placementreview.review.ForecastAmounts;
import placementreview.review.SlipScenario;
import placementreview.review.Variance;

class ForecastChartTest {
    static BigDecimal pounds(String amount) {
        return new BigDecimal(amount);
    }

    static ForecastAmounts amounts(String spent, String committed) {
        return new ForecastAmounts(pounds(spent), pounds(committed), pounds(spent).add(pounds(committed)));
    }

    static SlipScenario slip(int weeks, String outturn, String netOutturn) {
        return new SlipScenario(weeks, pounds(outturn).subtract(pounds("900")),
                pounds(netOutturn).subtract(pounds("800")), pounds(outturn), pounds(netOutturn), null, null, List.of());
    }

    /** Gross 600 spent + 300 committed = 900; contributions 100; net 800; the given budget and slips. */
    static Forecast forecast(String budget, List<SlipScenario> slips) {
        BigDecimal b = budget == null ? null : pounds(budget);
        ForecastAmounts gross = amounts("600", "300");
        ForecastAmounts net = amounts("550", "250");
        return new Forecast(List.of(), gross, amounts("50", "50"), net, b,
                b == null ? null : new Variance(gross.outturn().subtract(b), null),
                b == null ? null : new Variance(net.outturn().subtract(b), null), slips);
    }

    @Test
    void barsGridlinesBudgetAndSlipRangeAreInProportionOnARoundAxis() {
        // largest figure 1,100 (26-week slip): a step of 250 (at most five steps), so the axis runs to 1,250;
        // the plot is 160..660, 500 units, so £1 is 0.4 units
        ForecastChart chart = ForecastChart.of(forecast("1000",
                List.of(slip(4, "950", "820"), slip(26, "1100", "900"))));

        assertThat(chart.ticks()).containsExactly(new Tick("160.0", "£0"), new Tick("260.0", "£250"),
                new Tick("360.0", "£500"), new Tick("460.0", "£750"), new Tick("560.0", "£1,000"),
                new Tick("660.0", "£1,250"));
        ForecastChart.Row gross = chart.rows().get(0);
        assertThat(gross.label()).isEqualTo("Gross cost");
        assertThat(gross.outturn()).isEqualTo("£900");
        assertThat(gross.spentWidth()).isEqualTo("240.0");
        assertThat(gross.committedX()).isEqualTo("400.0");
        assertThat(gross.committedWidth()).isEqualTo("120.0");
        // from the outturn (520) to the 26-week outturn (600), a tick at each scenario
        assertThat(gross.slip()).isEqualTo(new Slip("520.0", "80.0", 29, 7, 19, 47, List.of("540.0", "600.0")));
        ForecastChart.Row net = chart.rows().get(1);
        assertThat(net.label()).isEqualTo("Net cost to the council");
        assertThat(net.spentWidth()).isEqualTo("220.0");
        assertThat(net.committedWidth()).isEqualTo("100.0");
        assertThat(net.slip().x()).isEqualTo("480.0");
        assertThat(net.slip().tickXs()).containsExactly("488.0", "520.0");
        assertThat(chart.budget()).isEqualTo(new Budget("560.0", "Budget £1,000", "middle"));
        assertThat(chart.key()).extracting(Key::text)
                .containsExactly("Spent to date", "Committed to planned end or year end", "If planned ends slip", "Budget");
    }

    @Test
    void theDescriptionSaysTheChartsFiguresInWords() {
        ForecastChart chart = ForecastChart.of(forecast("1000",
                List.of(slip(4, "950", "820"), slip(26, "1100", "900"))));

        assertThat(chart.description()).isEqualTo("Gross cost: spent to date £600, committed £300, outturn £900."
                + " Net cost to the council: spent to date £550, committed £250, outturn £800."
                + " Placement budget £1,000. If planned ends slip by 4 to 26 weeks, the gross outturn is £950 to"
                + " £1,100 and the net £820 to £900.");
    }

    @Test
    void withoutABudgetOrSlipsThereIsNoBudgetLineNoSlipBandAndTheKeySaysSo() {
        ForecastChart chart = ForecastChart.of(forecast(null, List.of()));

        assertThat(chart.budget()).isNull();
        assertThat(chart.rows()).allSatisfy(row -> assertThat(row.slip()).isNull());
        assertThat(chart.key()).extracting(Key::text)
                .containsExactly("Spent to date", "Committed to planned end or year end");
        assertThat(chart.description()).contains("No placement budget in the case file.").doesNotContain("slip");
        // the largest figure, 900, on an axis of 200s
        assertThat(chart.ticks()).extracting(Tick::label).containsExactly("£0", "£200", "£400", "£600", "£800", "£1,000");
    }

    @Test
    void aBudgetNearTheRightEdgeHasItsLabelEndingAtTheLine() {
        ForecastChart chart = ForecastChart.of(forecast("1240", List.of()));

        assertThat(chart.budget().anchor()).isEqualTo("end");
    }

    @Test
    void stepsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTenAndLabelsUseTheStepsUnits() {
        assertThat(ForecastChart.step(pounds("14564514.96"))).isEqualByComparingTo("5000000");
        assertThat(ForecastChart.step(pounds("12000"))).isEqualByComparingTo("2500");
        assertThat(ForecastChart.step(pounds("900"))).isEqualByComparingTo("200");
        assertThat(ForecastChart.step(pounds("1"))).isEqualByComparingTo("1");
        assertThat(ForecastChart.compact(pounds("15000000"), pounds("5000000"))).isEqualTo("£15m");
        assertThat(ForecastChart.compact(pounds("7500000"), pounds("2500000"))).isEqualTo("£7.5m");
        assertThat(ForecastChart.compact(pounds("250000"), pounds("50000"))).isEqualTo("£250k");
        assertThat(ForecastChart.compact(pounds("400"), pounds("200"))).isEqualTo("£400");
        assertThat(ForecastChart.compact(BigDecimal.ZERO, pounds("200"))).isEqualTo("£0");
    }
}
