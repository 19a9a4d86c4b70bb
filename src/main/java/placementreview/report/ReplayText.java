package placementreview.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import placementreview.store.Receipt;
import placementreview.store.ReplayResult;

/** A replay's verdict as text (the replay command) and JSON (the web API). */
public final class ReplayText {
    private ReplayText() {
    }

    public static String render(ReplayResult result) {
        Receipt r = result.receipt();
        StringBuilder out = new StringBuilder();
        out.append("Receipt ").append(r.id()).append(": ").append(r.command()).append(" recorded ")
                .append(r.recordedAt()).append(" with ").append(r.toolVersion()).append(", rulebase ")
                .append(r.rulebaseVersion());
        if (r.changed() != null) {
            out.append(" against rulebase ").append(r.changed().rulebaseVersion())
                    .append(r.changed().settings().isEmpty() ? " (rebuilt from its stored files)"
                            : " (" + String.join(", ", r.changed().settings()) + " set)");
        }
        out.append('\n');
        if (result.toolVersionDiffers()) {
            out.append("The tool version differs: recorded with ").append(r.toolVersion()).append(", replaying with ")
                    .append(result.replayingTool()).append("; comparing anyway.\n");
        }
        switch (result.outcome()) {
            case IDENTICAL -> out.append("identical: output SHA-256 ").append(result.replayedSha256()).append('\n');
            case IDENTICAL_APART_FROM_TOOL_VERSION -> out.append("identical apart from toolVersion: output SHA-256 ")
                    .append("recorded ").append(r.outputSha256()).append(", now ").append(result.replayedSha256())
                    .append('\n');
            default -> out.append("different: output SHA-256 recorded ").append(r.outputSha256()).append(", now ")
                    .append(result.replayedSha256()).append('\n').append("first difference at ")
                    .append(result.difference().where()).append(": recorded ").append(result.difference().recorded())
                    .append(", now ").append(result.difference().replayed()).append('\n');
        }
        return out.toString();
    }

    public static ObjectNode json(ReplayResult result) {
        ObjectNode node = ReviewJson.MAPPER.createObjectNode();
        node.put("receiptId", result.receipt().id());
        node.put("outcome", result.outcome().name());
        node.put("recordedSha256", result.receipt().outputSha256());
        node.put("replayedSha256", result.replayedSha256());
        node.put("recordedToolVersion", result.receipt().toolVersion());
        node.put("replayingToolVersion", result.replayingTool());
        if (result.difference() != null) {
            ObjectNode d = node.putObject("firstDifference");
            d.put("path", result.difference().where());
            d.put("recorded", result.difference().recorded());
            d.put("replayed", result.difference().replayed());
        }
        node.put("text", render(result));
        return node;
    }
}
