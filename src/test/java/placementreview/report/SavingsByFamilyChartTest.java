package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.report.SavingsByFamilyChart.Row;

class SavingsByFamilyChartTest {
    @Test
    void theLargestSavingHasTheLongestBarAndTheOthersAreInProportion() {
        Map<String, BigDecimal> savings = new LinkedHashMap<>();
        savings.put("fee level", new BigDecimal("300000.00"));
        savings.put("staffing", new BigDecimal("150000.00"));

        SavingsByFamilyChart chart = SavingsByFamilyChart.of(savings);

        // bars start at 230 and the longest is 680 - 230 - 110 = 340 long; each £ label sits 6 past its bar's end
        assertThat(chart.rows()).containsExactly(
                new Row("fee level", "£300,000", 21, 8, "340.0", "576.0"),
                new Row("staffing", "£150,000", 47, 34, "170.0", "406.0"));
        assertThat(chart.height()).isEqualTo(2 * 26 + 10);
        assertThat(chart.barLeft()).isEqualTo(230);
        assertThat(chart.labelRight()).isEqualTo(224);
        assertThat(chart.barHeight()).isEqualTo(18);
    }

    @Test
    void familiesKeepTheOrderTheyAreGiven() {
        Map<String, BigDecimal> savings = new LinkedHashMap<>();
        savings.put("b", BigDecimal.ONE);
        savings.put("a", BigDecimal.TEN);

        assertThat(SavingsByFamilyChart.of(savings).rows()).extracting(Row::family).containsExactly("b", "a");
    }

    @Test
    void noSavingsMakeAnEmptyChartOfOneRowsHeight() {
        SavingsByFamilyChart chart = SavingsByFamilyChart.of(Map.of());

        assertThat(chart.rows()).isEmpty();
        assertThat(chart.height()).isEqualTo(36);
    }
}
