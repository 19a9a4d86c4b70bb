package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import placementreview.model.Money;

/**
 * The geometry of the panel pack's savings chart (chart/savingsByFamily.jte draws it): one horizontal bar per option
 * family, its length in proportion to the family's full-year saving, the longest bar for the largest saving.
 */
public record SavingsByFamilyChart(int width, int height, int labelRight, int barLeft, int barHeight, List<Row> rows) {
    static final int WIDTH = 680;
    static final int ROW_HEIGHT = 26;
    static final int LABEL_WIDTH = 230;
    /** Room right of the longest bar for its £ label. */
    static final int AMOUNT_ROOM = 110;

    /** One family: its name and £ label share a text baseline; the bar starts at the chart's barLeft. */
    public record Row(String family, String amount, int textY, int barY, String barWidth, String amountX) {
    }

    public static SavingsByFamilyChart of(Map<String, BigDecimal> fullYearSavingByFamily) {
        BigDecimal max = fullYearSavingByFamily.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE)
                .max(BigDecimal.ONE);
        int longest = WIDTH - LABEL_WIDTH - AMOUNT_ROOM;
        List<Row> rows = new ArrayList<>();
        int y = 5;
        for (Map.Entry<String, BigDecimal> e : fullYearSavingByFamily.entrySet()) {
            double w = longest * e.getValue().doubleValue() / max.doubleValue();
            rows.add(new Row(e.getKey(), Money.gbpWhole(e.getValue()), y + 16, y + 3,
                    CostDistributionChart.format("%.1f", w), CostDistributionChart.format("%.1f", LABEL_WIDTH + w + 6)));
            y += ROW_HEIGHT;
        }
        int height = Math.max(1, fullYearSavingByFamily.size()) * ROW_HEIGHT + 10;
        return new SavingsByFamilyChart(WIDTH, height, LABEL_WIDTH - 6, LABEL_WIDTH, ROW_HEIGHT - 8, List.copyOf(rows));
    }
}
