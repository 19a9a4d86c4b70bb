package placementreview.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import placementreview.engine.BuildInfo;
import placementreview.engine.TraceEntry;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.PortfolioFinding;
import placementreview.model.RecordMessage;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.ruleapi.CostCalendar;

/**
 * The review as JSON. Field names are a contract read by tests outside the project: keep them. Output is
 * deterministic: fields in a fixed order, money to the penny, findings sorted by rule id.
 */
public final class ReviewJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ReviewJson() {
    }

    public static void write(Review review, Writer out) throws IOException {
        write(tree(review), out);
    }

    /** Writes a JSON document followed by one line end ("\n" on every platform, so output is byte-identical). */
    public static void write(JsonNode tree, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller owns the writer; a line end follows
            MAPPER.writeTree(json, tree);
        }
        out.write('\n');
        out.flush();
    }

    /** A JSON document as text, with its line end. */
    public static String text(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Review review) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("authority", review.authority());
        root.put("asOf", review.asOf().toString());
        ObjectNode year = root.putObject("financialYear");
        year.put("start", review.financialYear().start().toString());
        year.put("end", review.financialYear().end().toString());
        putMoney(year, "placementBudget", review.financialYear().placementBudget());
        root.put("rulebaseVersion", review.rulebaseVersion());
        provenance(root, review.inputSha256());
        root.put("reviewed", review.ranked().size());
        root.put("rankedBy", review.rankedBy().name().toLowerCase());
        root.set("rejected", recordMessages(review.rejected()));
        root.set("notes", recordMessages(review.notes()));
        ArrayNode top = root.putArray("top");
        review.top().forEach(r -> top.add(placement(r, review.context()).set("stepDown",
                StepDownJson.stepDown(placementreview.review.StepDown.of(r, review.portfolio())))));
        ArrayNode portfolio = root.putArray("portfolio");
        review.portfolio().forEach(f -> portfolio.add(finding(f)));
        root.set("benchmarks", MarketJson.benchmarks(review.benchmarks()));
        root.set("market", MarketJson.market(review.benchmarks()));
        root.set("forecast", ForecastJson.tree(review.forecast(), false));
        ObjectNode totals = root.putObject("totals");
        totals.set("caseload", totals(review.caseloadTotals()));
        totals.set("top", totals(review.topTotals()));
        totals.put("feeLevelAchievableSharePct", review.benchmarks().achievableShare().value());
        return root;
    }

    /** What every JSON output names beside rulebaseVersion: the tool that made it and the input it read. */
    public static void provenance(ObjectNode root, String inputSha256) {
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("inputSha256", inputSha256);
    }

    /** Rejected records, or values read with a change (notes): each with its file, record, field and message. */
    public static ArrayNode recordMessages(List<? extends RecordMessage> messages) {
        ArrayNode out = MAPPER.createArrayNode();
        for (RecordMessage m : messages) {
            out.addObject().put("file", m.file()).put("id", m.id()).put("field", m.field()).put("message", m.message());
        }
        return out;
    }

    public static ObjectNode placement(RankedPlacement r, ReviewContext context) {
        Placement p = r.placement();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", r.rank());
        node.put("placementId", p.id());
        node.put("type", p.type().name());
        node.put("providerRef", p.provider().ref());
        putMoney(node, "weeklyCost", r.weeklyCost());
        putMoney(node, "netAnnualCost", r.netAnnualCost());
        putMoney(node, "costToYearEnd", r.costToYearEnd());
        node.put("costToYearEndUntil", CostCalendar.lastPaidDayThisYear(p, context).toString());
        node.put("costToYearEndStopsAt", CostCalendar.stopsAtPlannedEnd(p, context) ? "PLANNED_END" : "YEAR_END");
        putMoney(node, "bestFullYearSaving", r.bestFullYearSaving());
        node.set("continuingCare", FundingJson.continuingCare(p, r.findings()));
        node.set("apportionment", FundingJson.apportionment(p, r.findings()));
        node.set("bestSaving", bestSaving(r));
        node.set("recovery", recovery(r));
        node.set("councilReduction", savings(r.councilReduction()));
        ArrayNode bySaving = node.putArray("optionsBySaving");
        r.options().forEach(f -> bySaving.add(f.ruleId()));
        ArrayNode findings = node.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        node.set("trace", trace(r.trace()));
        return node;
    }

    /** The counted savings of a placement and the options counted in them (no overlapping options added). */
    static ObjectNode bestSaving(RankedPlacement r) {
        return counted(r.bestSaving(), r.savingsPlan().counted(Effect.SAVING));
    }

    /** The counted cost recovered from partners of a placement and the options counted in it. */
    static ObjectNode recovery(RankedPlacement r) {
        return counted(r.recovery(), r.savingsPlan().counted(Effect.RECOVERY));
    }

    private static ObjectNode counted(Savings s, List<Finding> options) {
        ObjectNode node = savings(s);
        ArrayNode counted = node.putArray("countedRuleIds");
        options.forEach(f -> counted.add(f.ruleId()));
        return node;
    }

    /** {weekly, inYear, fullYear} to the penny. */
    static ObjectNode savings(Savings s) {
        ObjectNode node = MAPPER.createObjectNode();
        putMoney(node, "weekly", s.weekly());
        putMoney(node, "inYear", s.inYear());
        putMoney(node, "fullYear", s.fullYear());
        return node;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("kind", f.kind().jsonName());
        node.put("title", f.title());
        node.put("policy", f.policy());
        node.put("family", f.family());
        if (f.effect() != null) {
            node.put("effect", f.effect().name());
        }
        Savings s = f.savings();
        putMoney(node, "weeklySaving", s == null ? null : s.weekly());
        putMoney(node, "inYearSaving", s == null ? null : s.inYear());
        putMoney(node, "fullYearSaving", s == null ? null : s.fullYear());
        if (f.notQuantifiable() != null) {
            node.put("notQuantifiable", f.notQuantifiable());
        }
        if (f instanceof PortfolioFinding pf) {
            ArrayNode ids = node.putArray("placementIds");
            pf.placementIds().forEach(ids::add);
        }
        node.set("evidence", strings(f.evidence()));
        return node;
    }

    public static ArrayNode trace(List<TraceEntry> trace) {
        ArrayNode out = MAPPER.createArrayNode();
        for (TraceEntry t : trace) {
            ObjectNode node = out.addObject();
            node.put("ruleId", t.ruleId());
            node.put("rule", t.ruleName());
            node.put("policy", t.policy());
            node.set("matched", strings(t.matched()));
            ArrayNode findings = node.putArray("findings");
            t.findings().forEach(f -> findings.add(f.title()));
        }
        return out;
    }

    static ObjectNode totals(CostTotals t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("placements", t.placements());
        putMoney(node, "weeklyCost", t.weeklyCost());
        putMoney(node, "netAnnualCost", t.netAnnualCost());
        putMoney(node, "costToYearEnd", t.costToYearEnd());
        putMoney(node, "bestFullYearSaving", t.bestFullYearSaving());
        putMoney(node, "bestInYearSaving", t.bestInYearSaving());
        node.set("bestSaving", savings(t.bestSaving()));
        node.set("recovery", savings(t.recovery()));
        node.set("councilReduction", savings(t.councilReduction()));
        ArrayNode byFamily = node.putArray("byFamily");
        for (FamilyTotal f : t.byFamily()) {
            ObjectNode family = byFamily.addObject();
            family.put("family", f.family());
            family.put("effect", f.effect().name());
            family.put("optionsFound", f.optionsFound());
            family.put("placementsCounted", f.placementsCounted());
            putMoney(family, "weeklySaving", f.weeklySaving());
            putMoney(family, "inYearSaving", f.inYearSaving());
            putMoney(family, "fullYearSaving", f.fullYearSaving());
        }
        return node;
    }

    static ObjectNode strings(Map<String, String> values) {
        ObjectNode node = MAPPER.createObjectNode();
        values.forEach(node::put);
        return node;
    }

    public static void putMoney(ObjectNode node, String field, BigDecimal pounds) {
        if (pounds == null) {
            node.putNull(field);
        } else {
            node.put(field, Money.pence(pounds));
        }
    }
}
