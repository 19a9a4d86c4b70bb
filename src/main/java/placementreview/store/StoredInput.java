package placementreview.store;

/** One case file a run read, under the name it read it by; content is null once purged. */
public record StoredInput(String name, boolean csv, String sha256, long sizeBytes, byte[] content) {
}
