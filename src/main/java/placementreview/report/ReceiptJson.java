package placementreview.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import placementreview.store.Receipt;
import placementreview.store.StoredInput;

/** The receipt log as JSON (field names are a contract, documented in docs/receipts.md). */
public final class ReceiptJson {
    private ReceiptJson() {
    }

    public static ObjectNode list(List<Receipt> receipts) {
        ObjectNode root = ReviewJson.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("receipts");
        receipts.forEach(r -> list.add(receipt(r)));
        return root;
    }

    public static ObjectNode receipt(Receipt r) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("id", r.id());
        node.put("recordedAt", r.recordedAt().toString());
        node.put("command", r.command());
        ArrayNode args = node.putArray("arguments");
        r.arguments().forEach(args::add);
        node.put("format", r.format());
        node.put("asOf", r.asOf().toString());
        node.put("authority", r.authority());
        node.put("toolVersion", r.toolVersion());
        node.put("javaVersion", r.javaVersion());
        node.put("droolsVersion", r.droolsVersion());
        node.put("rulebaseVersion", r.rulebaseVersion());
        node.put("ruleFolder", r.ruleFolder());
        node.put("inputSha256", r.inputSha256());
        node.put("outputSha256", r.outputSha256());
        node.put("reviewed", r.reviewed());
        node.put("rejected", r.rejected());
        node.put("runBy", r.runBy());
        node.put("durationMs", r.durationMs());
        node.put("purgedAt", r.purgedAt() == null ? null : r.purgedAt().toString());
        if (r.changed() == null) {
            node.putNull("changed");
        } else {
            ObjectNode changed = node.putObject("changed");
            changed.put("rulebaseVersion", r.changed().rulebaseVersion());
            changed.put("ruleFolder", r.changed().ruleFolder());
            ArrayNode settings = changed.putArray("settings");
            r.changed().settings().forEach(settings::add);
        }
        return node;
    }

    /** One receipt with its rule files and inputs; with the inputs' content (UTF-8 text) when asked. */
    public static ObjectNode details(Receipt.Details d, List<StoredInput> withContent) {
        ObjectNode node = receipt(d.receipt());
        node.put("outputBytes", d.outputBytes());
        ArrayNode inputs = node.putArray("inputs");
        for (Receipt.Input i : d.inputs()) {
            ObjectNode input = inputs.addObject();
            input.put("position", i.position());
            input.put("name", i.name());
            input.put("csv", i.csv());
            input.put("sha256", i.sha256());
            input.put("sizeBytes", i.sizeBytes());
            if (withContent != null) {
                byte[] content = withContent.get(i.position() - 1).content();
                input.put("contentBase64", content == null ? null : Base64.getEncoder().encodeToString(content));
            }
        }
        files(node.putArray("ruleFiles"), d.ruleFiles());
        if (d.receipt().changed() != null) {
            files(((ObjectNode) node.get("changed")).putArray("ruleFiles"), d.changedRuleFiles());
        }
        return node;
    }

    private static void files(ArrayNode array, List<Receipt.RuleFile> files) {
        for (Receipt.RuleFile f : files) {
            ObjectNode file = array.addObject();
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            file.put("sizeBytes", f.sizeBytes());
        }
    }
}
