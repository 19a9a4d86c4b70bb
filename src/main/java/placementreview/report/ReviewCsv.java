package placementreview.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import placementreview.model.Finding;
import placementreview.model.Money;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;

/** The review as CSV: one row per ranked placement (top N), ready for Excel. */
public final class ReviewCsv {
    private static final List<String> HEADER = List.of("rank", "placementId", "type", "providerRef", "weeklyCost",
            "netAnnualCost", "costToYearEnd", "bestFullYearSaving", "ruleIds", "rulebaseVersion");

    private ReviewCsv() {
    }

    public static void write(Review review, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RankedPlacement r : review.top()) {
            rows.add(List.of(String.valueOf(r.rank()), r.placement().id(), r.placement().type().name(),
                    nullToEmpty(r.placement().provider().ref()), money(r.weeklyCost()), money(r.netAnnualCost()),
                    money(r.costToYearEnd()), money(r.bestFullYearSaving()),
                    r.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" ")),
                    review.rulebaseVersion()));
        }
        CsvCells.write(out, HEADER, rows);
    }

    private static final List<String> OPTIONS_HEADER = List.of("rank", "placementId", "ruleId", "kind", "family",
            "title", "weeklySaving", "inYearSaving", "fullYearSaving", "notQuantifiable", "policy");

    /** One row per finding of each top-N placement, then the caseload findings (rank and placement empty). */
    public static void writeOptions(Review review, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RankedPlacement r : review.top()) {
            for (Finding f : r.findings()) {
                rows.add(optionRow(String.valueOf(r.rank()), r.placement().id(), f));
            }
        }
        review.portfolio().forEach(f -> rows.add(optionRow("", "", f)));
        CsvCells.write(out, OPTIONS_HEADER, rows);
    }

    private static List<String> optionRow(String rank, String placementId, Finding f) {
        var s = f.savings();
        return List.of(rank, placementId, f.ruleId(), f.kind().jsonName(), f.family(), f.title(),
                s == null ? "" : money(s.weekly()), s == null ? "" : money(s.inYear()),
                s == null ? "" : money(s.fullYear()), nullToEmpty(f.notQuantifiable()), f.policy());
    }

    static String money(BigDecimal pounds) {
        return Money.pence(pounds).toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
