package placementreview.store;

/**
 * What a replay found: the output identical (hash for hash), identical but for the tool version it names, or
 * different, with the first difference.
 */
public record ReplayResult(Receipt receipt, Outcome outcome, String replayedSha256, String replayingTool,
                           OutputDiff.Difference difference) {
    public enum Outcome { IDENTICAL, IDENTICAL_APART_FROM_TOOL_VERSION, DIFFERENT }

    public boolean toolVersionDiffers() {
        return !receipt.toolVersion().equals(replayingTool);
    }
}
