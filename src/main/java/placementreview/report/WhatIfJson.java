package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import placementreview.engine.ParameterOverlay;
import placementreview.engine.RuleChange;
import placementreview.model.Savings;
import placementreview.review.FindingChange;
import placementreview.review.PlacementChange;
import placementreview.review.WhatIf;
import placementreview.review.WhatIfTotals;

/**
 * The what-if as JSON: {@code whatIf.base} and {@code whatIf.changed} (rulebase version, source, files with their
 * SHA-256, parameters set), {@code ruleChanges[]}, {@code placements[]}, {@code caseload[]} and {@code totals}
 * (before, after, difference, each shaped as the review's totals).
 */
public final class WhatIfJson {
    private WhatIfJson() {
    }

    public static ObjectNode document(WhatIf w) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        ObjectNode node = root.putObject("whatIf");
        node.put("authority", w.before().authority());
        node.put("asOf", w.before().asOf().toString());
        node.put("top", w.before().topCount());
        node.put("rankedBy", w.before().rankedBy().name().toLowerCase(Locale.ROOT));
        node.set("base", rules(w.base()));
        node.set("changed", rules(w.changed()));
        ArrayNode ruleChanges = node.putArray("ruleChanges");
        w.ruleChanges().forEach(c -> ruleChanges.add(ruleChange(c)));
        node.put("placementsReviewed", w.before().ranked().size());
        ArrayNode placements = node.putArray("placements");
        w.placements().forEach(p -> placements.add(placement(p)));
        node.set("caseload", findings(w.caseload()));
        node.set("totals", totals(w.totals()));
        node.set("rejected", ReviewJson.recordMessages(w.rejected()));
        return root;
    }

    private static ObjectNode rules(WhatIf.Rules rules) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("rulebaseVersion", rules.rulebaseVersion());
        node.put("source", rules.source());
        ArrayNode files = node.putArray("files");
        rules.files().forEach((path, sha) -> files.addObject().put("path", path).put("sha256", sha));
        ArrayNode set = node.putArray("set");
        for (ParameterOverlay.Setting s : rules.set()) {
            ObjectNode one = set.addObject();
            one.put("name", s.name());
            one.put("before", s.before());
            one.put("after", s.after());
            one.put("unit", s.unit());
            one.put("source", s.source());
        }
        return node;
    }

    static ObjectNode ruleChange(RuleChange c) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("file", c.file());
        node.put("change", c.change());
        node.put("sha256Before", c.sha256Before());
        node.put("sha256After", c.sha256After());
        ArrayNode rows = node.putArray("rows");
        for (RuleChange.Row row : c.rows()) {
            ObjectNode r = rows.addObject();
            r.put("key", row.key());
            r.put("change", row.change());
            ArrayNode cells = r.putArray("cells");
            row.cells().forEach(cell -> cells.addObject().put("column", cell.column()).put("before", cell.before())
                    .put("after", cell.after()));
            r.put("source", row.source());
        }
        ArrayNode rules = node.putArray("rules");
        c.rules().forEach(rule -> rules.addObject().put("id", rule.id()).put("change", rule.change())
                .put("name", rule.name()).put("movedFrom", rule.movedFrom()));
        return node;
    }

    private static ObjectNode placement(PlacementChange p) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("placementId", p.placementId());
        ReviewJson.putMoney(node, "weeklyCost", p.weeklyCost());
        node.put("rankBefore", p.rankBefore());
        node.put("rankAfter", p.rankAfter());
        node.put("top", p.topChange());
        ReviewJson.putMoney(node, "savingBefore", p.savingBefore());
        ReviewJson.putMoney(node, "savingAfter", p.savingAfter());
        ReviewJson.putMoney(node, "savingDifference", p.savingDifference());
        ReviewJson.putMoney(node, "inYearSavingBefore", p.inYearSavingBefore());
        ReviewJson.putMoney(node, "inYearSavingAfter", p.inYearSavingAfter());
        node.set("added", findings(p.added()));
        node.set("removed", findings(p.removed()));
        node.set("changed", findings(p.changed()));
        strings(node.putArray("routesOpened"), p.routesOpened());
        strings(node.putArray("routesClosed"), p.routesClosed());
        node.put("apportionmentChanged", p.apportionmentChanged());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static ArrayNode findings(List<FindingChange> changes) {
        ArrayNode out = ReviewJson.MAPPER.createArrayNode();
        for (FindingChange f : changes) {
            ObjectNode node = out.addObject();
            node.put("ruleId", f.ruleId());
            node.put("kind", f.kind());
            node.put("family", f.family());
            node.put("change", f.change());
            node.set("before", state(f.before()));
            node.set("after", state(f.after()));
        }
        return out;
    }

    private static ObjectNode state(FindingChange.State s) {
        if (s == null) {
            return null;
        }
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("title", s.title());
        if (!s.state().isEmpty()) {
            node.put("state", s.state());
        }
        Savings savings = s.savings();
        ReviewJson.putMoney(node, "weeklySaving", savings == null ? null : savings.weekly());
        ReviewJson.putMoney(node, "inYearSaving", savings == null ? null : savings.inYear());
        ReviewJson.putMoney(node, "fullYearSaving", savings == null ? null : savings.fullYear());
        node.put("counted", s.counted());
        return node;
    }

    private static ObjectNode totals(WhatIfTotals t) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.set("before", figures(t.before()));
        node.set("after", figures(t.after()));
        node.set("difference", figures(t.difference()));
        return node;
    }

    private static ObjectNode figures(WhatIfTotals.Figures f) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.set("caseload", ReviewJson.totals(f.caseload()));
        node.set("top", ReviewJson.totals(f.top()));
        ObjectNode forecast = node.putObject("forecast");
        WhatIfTotals.ForecastFigures ff = f.forecast();
        ReviewJson.putMoney(forecast, "costToDate", ff.costToDate());
        ReviewJson.putMoney(forecast, "committed", ff.committed());
        ReviewJson.putMoney(forecast, "outturn", ff.outturn());
        ReviewJson.putMoney(forecast, "budget", ff.budget());
        ReviewJson.putMoney(forecast, "variance", ff.variance());
        ArrayNode slips = forecast.putArray("slips");
        ff.slipOutturns().forEach((weeks, outturn) -> {
            ObjectNode slip = slips.addObject();
            slip.put("weeks", weeks);
            ReviewJson.putMoney(slip, "outturn", outturn);
        });
        return node;
    }

}
