package placementreview.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import placementreview.model.Finding;
import placementreview.model.MarketRate;
import placementreview.model.Money;
import placementreview.review.MarketGroup;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.SavingsPlan;

/** The review as CSV: one row per ranked placement (top N), per option, or per market group, ready for Excel. */
public final class ReviewCsv {
    private static final List<String> HEADER = List.of("rank", "placementId", "type", "providerRef", "weeklyCost",
            "netAnnualCost", "costToYearEnd", "bestFullYearSaving", "recoveryFullYear", "councilReductionFullYear",
            "ruleIds", "rulebaseVersion");

    private ReviewCsv() {
    }

    public static void write(Review review, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RankedPlacement r : review.top()) {
            rows.add(List.of(String.valueOf(r.rank()), r.placement().id(), r.placement().type().name(),
                    nullToEmpty(r.placement().provider().ref()), money(r.weeklyCost()), money(r.netAnnualCost()),
                    money(r.costToYearEnd()), money(r.bestFullYearSaving()), money(r.recovery().fullYear()),
                    money(r.councilReduction().fullYear()),
                    r.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" ")),
                    review.rulebaseVersion()));
        }
        CsvCells.write(out, HEADER, rows);
    }

    private static final List<String> OPTIONS_HEADER = List.of("rank", "placementId", "ruleId", "kind", "family",
            "effect", "title", "weeklySaving", "inYearSaving", "fullYearSaving", "counted", "notCountedBecause",
            "notQuantifiable", "policy");

    /**
     * One row per finding of each top-N placement, then the caseload findings (rank and placement empty). An option
     * says whether it is counted in its placement's best reduction of the council's spend, and if not, why: the
     * counted rows' full-year figures add up to the council reduction of the placements listed.
     */
    public static void writeOptions(Review review, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RankedPlacement r : review.top()) {
            for (Finding f : r.findings()) {
                rows.add(optionRow(String.valueOf(r.rank()), r.placement().id(), f, r.savingsPlan()));
            }
        }
        review.portfolio().forEach(f -> rows.add(optionRow("", "", f, SavingsPlan.NONE)));
        CsvCells.write(out, OPTIONS_HEADER, rows);
    }

    private static List<String> optionRow(String rank, String placementId, Finding f, SavingsPlan plan) {
        var s = f.savings();
        boolean option = SavingsPlan.isOption(f);
        return List.of(rank, placementId, f.ruleId(), f.kind().jsonName(), f.family(),
                f.effect() == null ? "" : f.effect().name(), f.title(),
                s == null ? "" : money(s.weekly()), s == null ? "" : money(s.inYear()),
                s == null ? "" : money(s.fullYear()), !option ? "" : plan.counts(f) ? "yes" : "no",
                option ? nullToEmpty(plan.notCountedBecause(f)) : "", nullToEmpty(f.notQuantifiable()), f.policy());
    }

    private static final List<String> MARKET_HEADER = List.of("type", "band", "count", "lowerQuartile", "median",
            "upperQuartile", "publishedBenchmark", "usedAsBenchmark", "priceYear", "rulebaseVersion");

    /**
     * The council's own market, the CSV twin of the table's "Benchmarks" section: one row per placement type and need
     * band of the caseload reviewed (band empty where the DST profile does not settle it), its quartiles
     * (QUARTILE.INC), the published benchmark at the review year's prices (priceYear) and whether CR-17 uses the group.
     */
    public static void writeMarket(Review review, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (MarketGroup g : review.benchmarks().market()) {
            MarketRate m = g.rate();
            rows.add(List.of(m.type().name(), m.band() == null ? "" : m.band().name(), String.valueOf(m.count()),
                    money(m.lowerQuartile()), money(m.median()), money(m.upperQuartile()),
                    g.publishedBenchmark() == null ? "" : money(g.publishedBenchmark()),
                    g.usableAsBenchmark() ? "yes" : "no", review.benchmarks().priceYear(), review.rulebaseVersion()));
        }
        CsvCells.write(out, MARKET_HEADER, rows);
    }

    static String money(BigDecimal pounds) {
        return Money.pence(pounds).toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
