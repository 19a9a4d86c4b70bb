package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.model.MarketRate;
import placementreview.review.BenchmarkBasis;
import placementreview.review.MarketGroup;

/**
 * The review JSON's {@code benchmarks} (the price year every reference rate is at, the index, the market's minimum
 * count and the achievable share applied to fee-level savings) and {@code market[]} (the council's own market by type
 * and need band).
 */
final class MarketJson {
    private MarketJson() {
    }

    static ObjectNode benchmarks(BenchmarkBasis basis) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("priceYear", basis.priceYear());
        node.put("priceIndex", basis.priceYearIndex());
        node.put("priceIndexSource", basis.indexSource());
        node.put("achievableSharePct", basis.achievableShare().value());
        node.put("achievableShareSource", basis.achievableShare().source());
        node.put("marketMinCount", basis.marketMinCount().value());
        node.put("quartileMethod", "QUARTILE.INC: position (n - 1) x p, interpolated, rounded once to the penny");
        return node;
    }

    static ArrayNode market(BenchmarkBasis basis) {
        ArrayNode out = ReviewJson.MAPPER.createArrayNode();
        for (MarketGroup g : basis.market()) {
            MarketRate m = g.rate();
            ObjectNode node = out.addObject();
            node.put("type", m.type().name());
            if (m.band() == null) {
                node.putNull("band");
            } else {
                node.put("band", m.band().name());
            }
            node.put("count", m.count());
            ReviewJson.putMoney(node, "lowerQuartile", m.lowerQuartile());
            ReviewJson.putMoney(node, "median", m.median());
            ReviewJson.putMoney(node, "upperQuartile", m.upperQuartile());
            node.put("usedAsBenchmark", g.usableAsBenchmark());
            ReviewJson.putMoney(node, "publishedBenchmark", g.publishedBenchmark());
        }
        return out;
    }
}
