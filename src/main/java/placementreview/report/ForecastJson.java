package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.model.CaseFile;
import placementreview.review.Forecast;
import placementreview.review.ForecastAmounts;
import placementreview.review.ForecastLine;
import placementreview.review.SlipScenario;
import placementreview.review.Variance;

/**
 * The forecast as JSON. The top-level costToDate, committed, outturn, variance and variancePercent are the gross
 * figures (as before); {@code contributions} and {@code net} give the same figures for the health and education
 * contributions and for the net cost to the council, the net with its own variance. With lines, one per placement.
 */
public final class ForecastJson {
    private ForecastJson() {
    }

    public static ObjectNode tree(Forecast f, boolean withLines) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        amounts(node, f.gross());
        ReviewJson.putMoney(node, "budget", f.budget());
        variance(node, f.grossVariance());
        amounts(node.putObject("contributions"), f.contributions());
        ObjectNode net = node.putObject("net");
        amounts(net, f.net());
        variance(net, f.netVariance());
        ArrayNode slips = node.putArray("slips");
        for (SlipScenario s : f.slips()) {
            ObjectNode slip = slips.addObject();
            slip.put("weeks", s.weeks());
            ReviewJson.putMoney(slip, "extraCost", s.extraCost());
            ReviewJson.putMoney(slip, "outturn", s.outturn());
            ReviewJson.putMoney(slip, "variance", s.variance() == null ? null : s.variance().amount());
            ReviewJson.putMoney(slip, "extraNetCost", s.extraNetCost());
            ReviewJson.putMoney(slip, "netOutturn", s.netOutturn());
            ReviewJson.putMoney(slip, "netVariance", s.netVariance() == null ? null : s.netVariance().amount());
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
                line.put("committedUntil", l.committedUntil().toString());
                line.put("committedStopsAt", l.stopsAtPlannedEnd() ? "PLANNED_END" : "YEAR_END");
                amounts(line, l.gross());
                amounts(line.putObject("contributions"), l.contributions());
                amounts(line.putObject("net"), l.net());
            }
        }
        return node;
    }

    /** {@code forecast --format json}: the forecast with its lines, the authority, date, rulebase, rejections, notes. */
    public static ObjectNode document(Forecast forecast, CaseFile caseFile, String rulebaseVersion) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("authority", caseFile.authority());
        root.put("asOf", caseFile.asOf().toString());
        root.put("rulebaseVersion", rulebaseVersion);
        ReviewJson.provenance(root, caseFile.inputSha256());
        root.setAll(tree(forecast, true));
        root.set("rejected", ReviewJson.recordMessages(caseFile.rejected()));
        root.set("notes", ReviewJson.recordMessages(caseFile.notes()));
        return root;
    }

    private static void amounts(ObjectNode node, ForecastAmounts a) {
        ReviewJson.putMoney(node, "costToDate", a.costToDate());
        ReviewJson.putMoney(node, "committed", a.committed());
        ReviewJson.putMoney(node, "outturn", a.outturn());
    }

    private static void variance(ObjectNode node, Variance v) {
        ReviewJson.putMoney(node, "variance", v == null ? null : v.amount());
        if (v == null || v.percent() == null) {
            node.putNull("variancePercent");
        } else {
            node.put("variancePercent", v.percent());
        }
    }
}
