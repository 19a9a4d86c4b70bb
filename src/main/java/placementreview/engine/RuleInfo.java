package placementreview.engine;

/** One rule of the catalogue: stable id, plain-sentence name, the file it lives in, and its source. */
public record RuleInfo(String id, String name, String file, String policy, String family) {
}
