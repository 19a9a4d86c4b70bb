package placementreview.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded run as the log shows it: its metadata and hashes (never the input or output themselves). For a what-if,
 * rulebaseVersion and ruleFolder are the base's and {@code changed} the changed policy's; null for other commands.
 */
public record Receipt(String id, Instant recordedAt, String command, List<String> arguments, String format,
                      LocalDate asOf, String authority, String toolVersion, String javaVersion, String droolsVersion,
                      String rulebaseVersion, String ruleFolder, String inputSha256, String outputSha256,
                      int reviewed, int rejected, String runBy, long durationMs, Instant purgedAt,
                      ChangedRulebase changed) {

    /** A what-if's changed policy: its rulebase version, its folder and the parameters set on it ("NAME=VALUE"). */
    public record ChangedRulebase(String rulebaseVersion, String ruleFolder, List<String> settings) {
    }

    public boolean purged() {
        return purgedAt != null;
    }

    /** One rule or reference file the run loaded. */
    public record RuleFile(String path, String sha256, long sizeBytes) {
    }

    /** One input the run read (its content is not loaded here). */
    public record Input(int position, String name, boolean csv, String sha256, long sizeBytes) {
    }

    /**
     * A receipt with its files and inputs, as {@code receipt ID} shows it; changedRuleFiles: a what-if's changed
     * policy's files (empty for other commands).
     */
    public record Details(Receipt receipt, List<RuleFile> ruleFiles, List<Input> inputs, long outputBytes,
                          List<RuleFile> changedRuleFiles) {
    }
}
