package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import placementreview.model.Money;

/**
 * The geometry of the what-if's chart (chart/differenceByFamily.jte draws it): one bar per option family either side
 * of a zero line, the change in counted full-year saving (more saving to the right, less to the left), the longest
 * bar for the largest change.
 */
public record DifferenceByFamilyChart(int width, int height, int labelRight, int zeroX, int barHeight, List<Row> rows) {
    static final int WIDTH = 680;
    static final int ROW_HEIGHT = 26;
    static final int LABEL_WIDTH = 230;
    /** Room beyond the longest bar, either side, for its £ label. */
    static final int AMOUNT_ROOM = 90;

    /** One family: the bar from barX, its colour by direction; the £ label at amountX, anchored away from zero. */
    public record Row(String family, String amount, int textY, int barY, String barX, String barWidth,
                      String fill, String amountX, String anchor) {
    }

    public static DifferenceByFamilyChart of(Map<String, BigDecimal> differenceByFamily) {
        int half = (WIDTH - LABEL_WIDTH - 20) / 2;
        int zero = LABEL_WIDTH + half;
        BigDecimal max = differenceByFamily.values().stream().map(BigDecimal::abs).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        List<Row> rows = new ArrayList<>();
        int y = 5;
        for (Map.Entry<String, BigDecimal> e : differenceByFamily.entrySet()) {
            double w = (half - AMOUNT_ROOM) * e.getValue().abs().doubleValue() / max.doubleValue();
            boolean more = e.getValue().signum() >= 0;
            rows.add(new Row(e.getKey(), (more ? "+" : "") + Money.gbpWhole(e.getValue()), y + 16, y + 3,
                    CostDistributionChart.format("%.1f", more ? zero : zero - w), CostDistributionChart.format("%.1f", w),
                    more ? "#2a7f62" : "#b23a48", CostDistributionChart.format("%.1f", more ? zero + w + 4 : zero - w - 4),
                    more ? "start" : "end"));
            y += ROW_HEIGHT;
        }
        int height = Math.max(1, differenceByFamily.size()) * ROW_HEIGHT + 10;
        return new DifferenceByFamilyChart(WIDTH, height, LABEL_WIDTH - 6, zero, ROW_HEIGHT - 8, List.copyOf(rows));
    }
}
