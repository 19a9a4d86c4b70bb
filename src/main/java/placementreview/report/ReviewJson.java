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
import placementreview.model.Finding;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.PortfolioFinding;
import placementreview.model.Rejection;
import placementreview.model.Savings;
import placementreview.review.CostTotals;
import placementreview.review.FamilyTotal;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;

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
        root.set("rejected", rejected(review.rejected()));
        ArrayNode top = root.putArray("top");
        review.top().forEach(r -> top.add(placement(r).set("stepDown",
                StepDownJson.stepDown(placementreview.review.StepDown.of(r, review.portfolio())))));
        ArrayNode portfolio = root.putArray("portfolio");
        review.portfolio().forEach(f -> portfolio.add(finding(f)));
        root.set("forecast", ForecastJson.tree(review.forecast(), false));
        ObjectNode totals = root.putObject("totals");
        totals.set("caseload", totals(review.caseloadTotals()));
        totals.set("top", totals(review.topTotals()));
        return root;
    }

    /** What every JSON output names beside rulebaseVersion: the tool that made it and the input it read. */
    public static void provenance(ObjectNode root, String inputSha256) {
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("inputSha256", inputSha256);
    }

    public static ArrayNode rejected(List<Rejection> rejected) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Rejection r : rejected) {
            ObjectNode node = out.addObject();
            node.put("file", r.file());
            node.put("id", r.id());
            node.put("field", r.field());
            node.put("message", r.message());
        }
        return out;
    }

    public static ObjectNode placement(RankedPlacement r) {
        Placement p = r.placement();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", r.rank());
        node.put("placementId", p.id());
        node.put("type", p.type().name());
        node.put("providerRef", p.provider().ref());
        putMoney(node, "weeklyCost", r.weeklyCost());
        putMoney(node, "netAnnualCost", r.netAnnualCost());
        putMoney(node, "costToYearEnd", r.costToYearEnd());
        putMoney(node, "bestFullYearSaving", r.bestFullYearSaving());
        node.set("continuingCare", FundingJson.continuingCare(p, r.findings()));
        node.set("apportionment", FundingJson.apportionment(p, r.findings()));
        node.set("bestSaving", bestSaving(r));
        ArrayNode bySaving = node.putArray("optionsBySaving");
        r.options().forEach(f -> bySaving.add(f.ruleId()));
        ArrayNode findings = node.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        node.set("trace", trace(r.trace()));
        return node;
    }

    /** The best achievable saving of a placement and the options counted in it (no overlapping options added). */
    static ObjectNode bestSaving(RankedPlacement r) {
        ObjectNode node = MAPPER.createObjectNode();
        Savings s = r.bestSaving();
        putMoney(node, "weekly", s == null ? BigDecimal.ZERO : s.weekly());
        putMoney(node, "inYear", s == null ? BigDecimal.ZERO : s.inYear());
        putMoney(node, "fullYear", s == null ? BigDecimal.ZERO : s.fullYear());
        ArrayNode counted = node.putArray("countedRuleIds");
        r.savingsPlan().counted().forEach(f -> counted.add(f.ruleId()));
        return node;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("kind", f.kind().jsonName());
        node.put("title", f.title());
        node.put("policy", f.policy());
        node.put("family", f.family());
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
        ArrayNode byFamily = node.putArray("byFamily");
        for (FamilyTotal f : t.byFamily()) {
            ObjectNode family = byFamily.addObject();
            family.put("family", f.family());
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
