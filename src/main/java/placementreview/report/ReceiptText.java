package placementreview.report;

import java.util.List;
import placementreview.store.Receipt;

/** The receipt log as text: one line a receipt (newest first), and one receipt in full. */
public final class ReceiptText {
    private ReceiptText() {
    }

    public static String table(List<Receipt> receipts) {
        if (receipts.isEmpty()) {
            return "No receipts match.\n";
        }
        TextTable table = new TextTable(new String[] {"Receipt", "Recorded (UTC)", "Command", "As of", "Rulebase",
            "Reviewed", "Rejected", "Run by", "Stored"}, new boolean[] {false, false, false, false, false, true, true,
            false, false});
        for (Receipt r : receipts) {
            table.add(r.id(), r.recordedAt().toString(), r.command() + " " + r.format(), r.asOf().toString(),
                    r.rulebaseVersion().substring(0, 12) + (r.changed() == null ? ""
                            : " vs " + r.changed().rulebaseVersion().substring(0, 12)), String.valueOf(r.reviewed()), String.valueOf(r.rejected()),
                    r.runBy(), r.purged() ? "purged " + r.purgedAt().toString().substring(0, 10) : "yes");
        }
        return table.render("") + receipts.size() + " receipt(s)\n";
    }

    public static String details(Receipt.Details d) {
        Receipt r = d.receipt();
        StringBuilder out = new StringBuilder();
        out.append("Receipt ").append(r.id()).append('\n');
        line(out, "recorded", r.recordedAt() + " (UTC), in " + r.durationMs() + " ms, by " + r.runBy());
        line(out, "command", String.join(" ", r.arguments()));
        line(out, "output", r.format() + ", SHA-256 " + r.outputSha256() + (r.purged() ? " (output purged)"
                : ", " + d.outputBytes() + " bytes stored"));
        line(out, "as of", r.asOf() + (r.authority() == null ? "" : ", " + r.authority()));
        line(out, "reviewed", r.reviewed() + " placement(s), " + r.rejected() + " record(s) rejected");
        line(out, "tool", r.toolVersion() + " on " + r.javaVersion() + ", Drools " + r.droolsVersion());
        if (r.changed() == null) {
            line(out, "rulebase", r.rulebaseVersion() + " from " + r.ruleFolder());
        } else {
            line(out, "base", "rulebase " + r.rulebaseVersion() + " from " + r.ruleFolder());
            line(out, "changed", "rulebase " + r.changed().rulebaseVersion() + " from " + r.changed().ruleFolder()
                    + (r.changed().settings().isEmpty() ? "" : ", with " + String.join(", ", r.changed().settings())
                    + " set"));
        }
        line(out, "input", r.inputSha256());
        for (Receipt.Input i : d.inputs()) {
            out.append("    ").append(i.position()).append(". ").append(i.name()).append("  ").append(i.sha256())
                    .append("  ").append(i.sizeBytes()).append(" bytes").append(i.csv() ? " (CSV)" : "").append('\n');
        }
        if (r.purged()) {
            line(out, "purged", r.purgedAt() + ": the stored input and output were deleted; hashes kept");
        }
        files(out, r.changed() == null ? "rule and reference files" : "base rule and reference files", d.ruleFiles());
        if (r.changed() != null) {
            files(out, "changed rule and reference files" + (r.changed().settings().isEmpty() ? ""
                    : " (the base's, with the settings above)"), d.changedRuleFiles());
        }
        return out.toString();
    }

    private static void files(StringBuilder out, String title, List<Receipt.RuleFile> files) {
        out.append("  ").append(title).append(" (").append(files.size()).append("):\n");
        for (Receipt.RuleFile f : files) {
            out.append("    ").append(f.sha256()).append("  ").append(f.path()).append('\n');
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-9s %s%n", label + ":", value));
    }
}
