package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.model.CaseFile;
import placementreview.review.Forecast;
import placementreview.review.ForecastLine;
import placementreview.review.SlipScenario;

/** The forecast as JSON: totals, budget variance and slip scenarios; with lines, one per placement. */
public final class ForecastJson {
    private ForecastJson() {
    }

    public static ObjectNode tree(Forecast f, boolean withLines) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        ReviewJson.putMoney(node, "costToDate", f.costToDate());
        ReviewJson.putMoney(node, "committed", f.committed());
        ReviewJson.putMoney(node, "outturn", f.outturn());
        ReviewJson.putMoney(node, "budget", f.budget());
        ReviewJson.putMoney(node, "variance", f.variance());
        if (f.variancePercent() == null) {
            node.putNull("variancePercent");
        } else {
            node.put("variancePercent", f.variancePercent());
        }
        ArrayNode slips = node.putArray("slips");
        for (SlipScenario s : f.slips()) {
            ObjectNode slip = slips.addObject();
            slip.put("weeks", s.weeks());
            ReviewJson.putMoney(slip, "extraCost", s.extraCost());
            ReviewJson.putMoney(slip, "outturn", s.outturn());
            ReviewJson.putMoney(slip, "variance", s.variance());
            ArrayNode costliest = slip.putArray("costliest");
            for (SlipScenario.SlipCost c : s.costliest()) {
                ObjectNode cost = costliest.addObject();
                cost.put("placementId", c.placementId());
                cost.put("plannedEnd", c.plannedEnd().toString());
                ReviewJson.putMoney(cost, "extraCost", c.extraCost());
            }
        }
        if (withLines) {
            ArrayNode lines = node.putArray("placements");
            for (ForecastLine l : f.lines()) {
                ObjectNode line = lines.addObject();
                line.put("placementId", l.placementId());
                line.put("type", l.type().name());
                ReviewJson.putMoney(line, "weeklyCost", l.weeklyCost());
                line.put("plannedEnd", l.plannedEnd() == null ? null : l.plannedEnd().toString());
                ReviewJson.putMoney(line, "costToDate", l.costToDate());
                ReviewJson.putMoney(line, "committed", l.committed());
                ReviewJson.putMoney(line, "outturn", l.outturn());
            }
        }
        return node;
    }

    /** {@code forecast --format json}: the forecast with its lines, the authority, date, rulebase and rejections. */
    public static ObjectNode document(Forecast forecast, CaseFile caseFile, String rulebaseVersion) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("authority", caseFile.authority());
        root.put("asOf", caseFile.asOf().toString());
        root.put("rulebaseVersion", rulebaseVersion);
        ReviewJson.provenance(root, caseFile.inputSha256());
        root.setAll(tree(forecast, true));
        root.set("rejected", ReviewJson.rejected(caseFile.rejected()));
        return root;
    }
}
