package placementreview.report;

import placementreview.model.MarketRate;
import placementreview.model.Money;
import placementreview.review.BenchmarkBasis;
import placementreview.review.MarketGroup;

/** The review table's "Benchmarks" section: the price year, the achievable share and the council's own market. */
final class MarketText {
    private MarketText() {
    }

    /** The sentences saying what every benchmark and fee-level saving rests on. */
    static String basis(BenchmarkBasis b) {
        return "Benchmarks are at " + b.priceYear() + " prices: each reference rate x index " + b.priceYearIndex()
                .toPlainString() + " / the index of its own price year (reference/price-index.csv; " + b.indexSource()
                + ").\nFee-level savings (CR-02, CR-03, CR-17) count " + b.sharePct() + " of the gap to the benchmark"
                + " (negotiation-achievable-share-pct; " + b.achievableShare().source() + ").\n";
    }

    static String section(BenchmarkBasis b) {
        StringBuilder out = new StringBuilder("\nBenchmarks\n").append(basis(b));
        if (b.market().isEmpty()) {
            return out.toString();
        }
        out.append("\nThe council's own market: weekly cost by placement type and need band (quartiles as QUARTILE.INC;"
                + " a group of ").append(b.marketMinCount().value().toPlainString())
                .append(" or more bought placements with a known need band is a benchmark for CR-17)\n");
        TextTable table = new TextTable(
                new String[] {"Type", "Need band", "Placements", "Lower quartile", "Median", "Upper quartile",
                        "Published benchmark", "CR-17 benchmark"},
                new boolean[] {false, false, true, true, true, true, true, false});
        for (MarketGroup g : b.market()) {
            MarketRate m = g.rate();
            table.add(m.type().label(), m.band() == null ? "unknown" : m.band().name(), String.valueOf(m.count()),
                    Money.gbp(m.lowerQuartile()), Money.gbp(m.median()), Money.gbp(m.upperQuartile()),
                    g.publishedBenchmark() == null ? "none" : Money.gbp(g.publishedBenchmark()),
                    g.usableAsBenchmark() ? "yes" : "no");
        }
        return out.append(table.render("")).toString();
    }
}
