package placementreview.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Everything one recorded run stores, written in one transaction. ruleFiles: path in the rule folder to bytes.
 * changed: a what-if's changed policy, else null.
 */
public record NewReceipt(String id, Instant recordedAt, String command, List<String> arguments, String format,
                         LocalDate asOf, String authority, String toolVersion, String javaVersion,
                         String droolsVersion, String rulebaseVersion, String ruleFolder,
                         SortedMap<String, byte[]> ruleFiles, List<StoredInput> inputs, String inputSha256,
                         byte[] output, String outputSha256, int reviewed, int rejected, String runBy,
                         long durationMs, Shown shown, ChangedRules changed) {

    /**
     * A what-if's changed policy: its rulebase version, folder, files (for parameters set in memory, the base's
     * files) and the settings applied ("NAME=VALUE"; empty for another folder).
     */
    public record ChangedRules(String rulebaseVersion, String ruleFolder, SortedMap<String, byte[]> ruleFiles,
                               List<String> settings) {
    }
}
