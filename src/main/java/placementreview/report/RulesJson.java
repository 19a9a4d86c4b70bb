package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import placementreview.engine.BuildInfo;
import placementreview.engine.PriceIndex;
import placementreview.engine.ReferenceCatalogue;
import placementreview.engine.RuleInfo;
import placementreview.engine.RuleSources;
import placementreview.engine.Rulebase;

/** {@code rules --format json} and the web API's rules and health: the catalogue with each rule's DRL source. */
public final class RulesJson {
    private RulesJson() {
    }

    /**
     * The rule catalogue with each rule's folder, DRL source text, its file's header comment and the reference rows it
     * reads ({@code reads}: kind, name, file, line when one row); then the reference tables as written
     * ({@code reference}: file, columns, rows; row i is on line i + 2); then every reference rate with its price year,
     * flagged when more than five years older than {@code currentYear}.
     */
    public static ObjectNode catalogue(Rulebase rulebase, RuleSources sources, String currentYear) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("rulebaseVersion", rulebase.version());
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("source", rulebase.source());
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo rule : rulebase.catalogue()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", rule.name());
            node.put("file", rule.file());
            node.put("folder", folderOf(rule.file()));
            node.put("policy", rule.policy());
            node.put("family", rule.family());
            node.put("fileHeader", sources.header(rule.file()));
            node.put("source", sources.source(rule.id()));
            ArrayNode reads = node.putArray("reads");
            for (ReferenceCatalogue.Read read : sources.reads(rule.id())) {
                ObjectNode r = reads.addObject().put("kind", read.kind()).put("name", read.name())
                        .put("file", read.file());
                if (read.line() > 0) {
                    r.put("line", read.line());
                }
            }
        }
        ArrayNode reference = root.putArray("reference");
        for (ReferenceCatalogue.Table table : sources.referenceTables()) {
            ObjectNode t = reference.addObject().put("file", table.file());
            table.columns().forEach(t.putArray("columns")::add);
            ArrayNode rows = t.putArray("rows");
            table.rows().forEach(row -> row.forEach(rows.addArray()::add));
        }
        root.put("ratesAgedAgainst", currentYear);
        ArrayNode rates = root.putArray("rates");
        for (PriceIndex.Rate rate : rulebase.reference().prices().rates()) {
            ObjectNode node = rates.addObject();
            node.put("where", rate.where());
            node.put("rate", rate.label());
            node.put("weekly", rate.price().original());
            node.put("priceYear", rate.price().priceYear());
            node.put("yearsOld", rate.price().yearsOlderThan(currentYear));
            node.put("olderThanFiveYears", rate.olderThanFiveYears(currentYear));
            node.put("source", rate.source());
        }
        return root;
    }

    public static ObjectNode health(Rulebase rulebase) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("rulebaseVersion", rulebase.version());
        root.put("toolVersion", BuildInfo.toolVersion());
        root.put("rules", rulebase.catalogue().size());
        return root;
    }

    /** "rules/cost-reduction/fee-level.drl" → "cost-reduction". */
    public static String folderOf(String file) {
        Path parent = Path.of(file).getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
}
