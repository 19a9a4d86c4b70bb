package placementreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import placementreview.model.Money;

/** Inline SVG charts for the panel pack, drawn in Java: no script, no external fetch. */
final class SvgCharts {
    private static final int WIDTH = 680;

    private SvgCharts() {
    }

    /** One bar per placement, ranked by weekly cost; the first {@code highlighted} bars (the top N) are dark. */
    static String costDistribution(List<BigDecimal> weeklyCostsDescending, int highlighted) {
        int height = 220;
        int left = 70;
        int bottom = 24;
        int plotWidth = WIDTH - left - 10;
        int plotHeight = height - bottom - 10;
        BigDecimal max = weeklyCostsDescending.isEmpty() ? BigDecimal.ONE
                : weeklyCostsDescending.get(0).max(BigDecimal.ONE);
        double barWidth = (double) plotWidth / Math.max(1, weeklyCostsDescending.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-labelledby=\"dist-title\"><title id=\"dist-title\">Weekly cost of each placement, highest "
                + "first; the top %d are dark</title>%n", WIDTH, height, highlighted));
        for (int i = 0; i <= 4; i++) {
            BigDecimal tick = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP);
            double y = 10 + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" class=\"axis\" text-anchor=\"end\">%s</text>%n",
                    left, y, WIDTH - 10, y, left - 4, y + 4, Html.esc(Money.gbpWhole(tick))));
        }
        for (int i = 0; i < weeklyCostsDescending.size(); i++) {
            double h = plotHeight * weeklyCostsDescending.get(i).doubleValue() / max.doubleValue();
            svg.append(String.format("<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" class=\"%s\"/>%n",
                    left + i * barWidth, 10 + plotHeight - h, Math.max(0.5, barWidth - 0.6), h,
                    i < highlighted ? "bar-top" : "bar"));
        }
        svg.append(String.format("<text x=\"%d\" y=\"%d\" class=\"axis\">placements ranked by weekly cost (%d)"
                + "</text>%n</svg>", left, height - 6, weeklyCostsDescending.size()));
        return svg.toString();
    }

    /** Horizontal bars: full-year saving identified per option family. */
    static String savingsByFamily(Map<String, BigDecimal> savings) {
        int rowHeight = 26;
        int labelWidth = 230;
        int height = Math.max(1, savings.size()) * rowHeight + 10;
        BigDecimal max = savings.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE)
                .max(BigDecimal.ONE);
        StringBuilder svg = new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + "%d %d\" role=\"img\" aria-labelledby=\"fam-title\"><title id=\"fam-title\">Full-year saving "
                + "identified by option family</title>%n", WIDTH, height));
        int y = 5;
        for (Map.Entry<String, BigDecimal> e : savings.entrySet()) {
            double w = (WIDTH - labelWidth - 110) * e.getValue().doubleValue() / max.doubleValue();
            svg.append(String.format("<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>"
                    + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar-top\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"label\">%s</text>%n",
                    labelWidth - 6, y + 16, Html.esc(e.getKey()), labelWidth, y + 3, w, rowHeight - 8,
                    labelWidth + w + 6, y + 16, Html.esc(Money.gbpWhole(e.getValue()))));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Bars either side of a zero line: the change in counted full-year saving per option family (after minus
     * before), more saving to the right, less to the left.
     */
    static String differenceByFamily(Map<String, BigDecimal> differences) {
        int rowHeight = 26;
        int labelWidth = 230;
        int half = (WIDTH - labelWidth - 20) / 2;
        int zero = labelWidth + half;
        int height = Math.max(1, differences.size()) * rowHeight + 10;
        BigDecimal max = differences.values().stream().map(BigDecimal::abs).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        StringBuilder svg = new StringBuilder(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + "%d %d\" role=\"img\" aria-labelledby=\"diff-title\"><title id=\"diff-title\">Change in counted "
                + "full-year saving by option family</title>%n", WIDTH, height));
        svg.append(String.format("<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" class=\"zero\"/>%n", zero, zero, height));
        int y = 5;
        for (Map.Entry<String, BigDecimal> e : differences.entrySet()) {
            double w = (half - 90) * e.getValue().abs().doubleValue() / max.doubleValue();
            boolean more = e.getValue().signum() >= 0;
            double x = more ? zero : zero - w;
            double textX = more ? zero + w + 4 : zero - w - 4;
            svg.append(String.format("<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>"
                    + "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"label\" text-anchor=\"%s\">%s</text>%n",
                    labelWidth - 6, y + 16, Html.esc(e.getKey()), x, y + 3, w, rowHeight - 8,
                    more ? "bar-more" : "bar-less", textX, y + 16, more ? "start" : "end",
                    Html.esc((more ? "+" : "") + Money.gbpWhole(e.getValue()))));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }
}
