package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.report.DeliveryByMonthChart.Bar;
import placementreview.report.DeliveryByMonthChart.MonthFigures;

class DeliveryByMonthChartTest {
    @Test
    void eachMonthHasAPlannedAndADeliveredBarOnOneScaleFromZeroToTheLargest() {
        DeliveryByMonthChart chart = DeliveryByMonthChart.of(List.of(
                new MonthFigures(YearMonth.of(2026, 10), new BigDecimal("1000.00"), new BigDecimal("500.00")),
                new MonthFigures(YearMonth.of(2026, 11), new BigDecimal("2000.00"), new BigDecimal("2000.00"))));

        // plot from x 70 to 670: two slots of 300, bars 60 wide either side of each slot's centre (220, 520);
        // baseline 206, 170 high for the largest figure (£2,000); each £ label 3 above its bar
        assertThat(chart.months()).hasSize(2);
        assertThat(chart.months().get(0).label()).isEqualTo("Oct 2026");
        assertThat(chart.months().get(0).labelX()).isEqualTo("220.0");
        assertThat(chart.months().get(0).planned()).isEqualTo(new Bar("159.0", "121.0", "60.0", "85.0", "£1,000",
                "189.0", "118.0"));
        assertThat(chart.months().get(0).delivered()).isEqualTo(new Bar("221.0", "163.5", "60.0", "42.5", "£500",
                "251.0", "160.5"));
        assertThat(chart.months().get(1).planned()).isEqualTo(new Bar("459.0", "36.0", "60.0", "170.0", "£2,000",
                "489.0", "33.0"));
        assertThat(chart.months().get(1).delivered().height()).isEqualTo("170.0");
        assertThat(chart.gridlines()).extracting(CostDistributionChart.Gridline::label)
                .containsExactly("£0", "£500", "£1,000", "£1,500", "£2,000");
        assertThat(chart.gridlines().get(4).y()).isEqualTo("36.0");
        assertThat(chart.monthY()).isEqualTo(222);
    }

    @Test
    void nothingDeliveredOrPlannedDrawsFlatBarsNotADivisionByZero() {
        DeliveryByMonthChart chart = DeliveryByMonthChart.of(List.of(
                new MonthFigures(YearMonth.of(2027, 1), BigDecimal.ZERO, BigDecimal.ZERO)));

        assertThat(chart.months().get(0).planned().height()).isEqualTo("0.0");
        assertThat(chart.months().get(0).delivered().amount()).isEqualTo("£0");
    }
}
