package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import placementreview.model.Savings;
import placementreview.review.Decision;
import placementreview.review.DecisionListing;
import placementreview.review.PlacementHistory;
import placementreview.review.SinceLast;

/** The panel's cycle as JSON: "since the last panel" (the review's sinceLast), decisions and a placement's history. */
public final class PanelCycleJson {
    private PanelCycleJson() {
    }

    public static ObjectNode sinceLast(SinceLast s) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        if (s.previousReceipt() == null) {
            node.putNull("previousReceipt");
        } else {
            ObjectNode previous = node.putObject("previousReceipt");
            previous.put("id", s.previousReceipt().id());
            previous.put("asOf", s.previousReceipt().asOf().toString());
            previous.put("recordedAt", s.previousReceipt().recordedAt().toString());
        }
        ArrayNode entered = node.putArray("enteredTop");
        s.enteredTop().forEach(m -> entered.add(topMove(m)));
        ArrayNode left = node.putArray("leftTop");
        s.leftTop().forEach(m -> left.add(topMove(m)));
        ArrayNode ended = node.putArray("ended");
        s.ended().forEach(m -> ended.add(move(m)));
        ArrayNode added = node.putArray("newPlacements");
        s.newPlacements().forEach(m -> added.add(move(m)));
        ArrayNode changes = node.putArray("costChanges");
        for (SinceLast.CostChange c : s.costChanges()) {
            ObjectNode change = changes.addObject();
            change.put("placementId", c.placementId());
            ReviewJson.putMoney(change, "previousWeekly", c.previousWeekly());
            ReviewJson.putMoney(change, "weekly", c.weekly());
            ReviewJson.putMoney(change, "change", c.change());
        }
        ArrayNode actions = node.putArray("actions");
        s.actions().forEach(a -> actions.add(action(a)));
        node.set("totals", totals(s.totals()));
        return node;
    }

    public static ObjectNode action(SinceLast.Action a) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("decisionId", a.decisionId());
        node.put("receiptId", a.receiptId());
        node.put("decidedOnReviewOf", a.decidedOnReviewOf().toString());
        node.put("placementId", a.placementId());
        node.put("ruleId", a.ruleId());
        node.put("owner", a.owner());
        node.put("due", a.due().toString());
        node.put("status", a.status().name());
        ReviewJson.putMoney(node, "baselineWeekly", a.baselineWeekly());
        ReviewJson.putMoney(node, "currentWeekly", a.currentWeekly());
        ReviewJson.putMoney(node, "plannedWeekly", a.plannedWeekly());
        ReviewJson.putMoney(node, "plannedInYear", a.plannedInYear());
        ReviewJson.putMoney(node, "plannedFullYear", a.plannedFullYear());
        ReviewJson.putMoney(node, "deliveredWeekly", a.deliveredWeekly());
        ReviewJson.putMoney(node, "deliveredInYear", a.deliveredInYear());
        ReviewJson.putMoney(node, "deliveredFullYear", a.deliveredFullYear());
        putDate(node, "deliveredFrom", a.deliveredFrom());
        node.put("note", a.note());
        return node;
    }

    private static ObjectNode totals(SinceLast.Totals t) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("actions", t.actions());
        ObjectNode counts = node.putObject("byStatus");
        counts.put("DELIVERED", t.deliveredActions());
        counts.put("PARTLY", t.partlyActions());
        counts.put("NOT_YET", t.notYetActions());
        counts.put("OVERDUE", t.overdueActions());
        counts.put("ENDED", t.endedActions());
        node.set("planned", savings(t.planned()));
        node.set("delivered", savings(t.delivered()));
        node.set("plannedOnEnded", savings(t.plannedOnEnded()));
        return node;
    }

    private static ObjectNode savings(Savings s) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        ReviewJson.putMoney(node, "weekly", s.weekly());
        ReviewJson.putMoney(node, "inYear", s.inYear());
        ReviewJson.putMoney(node, "fullYear", s.fullYear());
        return node;
    }

    private static ObjectNode topMove(SinceLast.TopMove m) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("placementId", m.placementId());
        node.put("previousRank", m.previousRank());
        node.put("rank", m.rank());
        ReviewJson.putMoney(node, "weeklyCost", m.weeklyCost());
        return node;
    }

    private static ObjectNode move(SinceLast.CaseloadMove m) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("placementId", m.placementId());
        ReviewJson.putMoney(node, "weeklyCost", m.weeklyCost());
        return node;
    }

    public static ObjectNode decision(Decision d) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("id", d.id());
        node.put("receiptId", d.receiptId());
        node.put("authority", d.authority());
        node.put("reviewAsOf", d.reviewAsOf().toString());
        node.put("placementId", d.placementId());
        node.put("ruleId", d.ruleId());
        node.put("decision", d.decision().name());
        node.put("owner", d.owner());
        node.put("due", d.due().toString());
        ReviewJson.putMoney(node, "targetWeekly", d.targetWeekly());
        node.put("note", d.note());
        node.put("recordedAt", d.recordedAt().toString());
        node.put("recordedBy", d.recordedBy());
        node.put("supersedes", d.supersedes());
        node.put("supersededBy", d.supersededBy());
        return node;
    }

    public static ObjectNode decisions(DecisionListing listing) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        ArrayNode rows = root.putArray("decisions");
        for (DecisionListing.Row r : listing.rows()) {
            ObjectNode node = decision(r.decision());
            node.put("inForce", r.inForce());
            node.put("open", r.open());
            if (r.action() != null) {
                ObjectNode delivery = node.putObject("delivery");
                delivery.put("judgedAtReceipt", r.judgedAt());
                delivery.put("judgedAtAsOf", r.judgedAsOf().toString());
                delivery.put("status", r.action().status().name());
                ReviewJson.putMoney(delivery, "baselineWeekly", r.action().baselineWeekly());
                ReviewJson.putMoney(delivery, "currentWeekly", r.action().currentWeekly());
                ReviewJson.putMoney(delivery, "deliveredWeekly", r.action().deliveredWeekly());
                ReviewJson.putMoney(delivery, "deliveredInYear", r.action().deliveredInYear());
                ReviewJson.putMoney(delivery, "deliveredFullYear", r.action().deliveredFullYear());
            }
            rows.add(node);
        }
        return root;
    }

    public static ObjectNode history(PlacementHistory history) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("placementId", history.placementId());
        ArrayNode points = root.putArray("reviews");
        for (PlacementHistory.Point p : history.points()) {
            ObjectNode node = points.addObject();
            node.put("receiptId", p.receiptId());
            node.put("asOf", p.asOf().toString());
            node.put("recordedAt", p.recordedAt().toString());
            node.put("authority", p.authority());
            node.put("rank", p.rank());
            node.put("inTop", p.shown());
            ReviewJson.putMoney(node, "councilWeeklyCost", p.netWeekly());
            ArrayNode counted = node.putArray("countedRuleIds");
            p.countedRuleIds().forEach(counted::add);
            ReviewJson.putMoney(node, "councilReductionFullYear", p.reductionFullYear());
            ArrayNode decisions = node.putArray("decisions");
            p.decisions().forEach(d -> decisions.add(decision(d)));
        }
        return root;
    }

    private static void putDate(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }
}
