package placementreview.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A folder of rulebases and reference data: the copy packaged in the jar, or one named with --rules. */
public final class RuleFolder {
    private static final String MARKER = "/rules/README.md";
    static final String PACKAGED = "rules (packaged)";

    private final Path root;
    private final String label;

    private RuleFolder(Path root, String label) {
        this.root = root;
        this.label = label;
    }

    public static RuleFolder of(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RulebaseException("rule folder " + directory + " does not exist or is not a folder");
        }
        return new RuleFolder(directory, directory.toString());
    }

    /**
     * A rule folder rebuilt from a receipt's stored files, named as the original was ({@code label}), so every
     * output that names rule files reads as it did when the receipt was recorded.
     */
    public static RuleFolder restored(Path directory, String label) {
        return new RuleFolder(of(directory).root, label);
    }

    /** The rules/ folder shipped inside the jar (or target/classes when run from the build). */
    public static RuleFolder packaged() {
        URL marker = RuleFolder.class.getResource(MARKER);
        if (marker == null) {
            throw new RulebaseException("the packaged rules are missing from the jar (" + MARKER + ")");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call in this JVM
                }
            }
            return new RuleFolder(Path.of(uri).getParent(), PACKAGED);
        } catch (URISyntaxException | IOException e) {
            throw new RulebaseException("cannot open the packaged rules: " + e.getMessage());
        }
    }

    public Path root() {
        return root;
    }

    /** Whether this is the rules/ folder shipped with the tool. */
    public boolean isPackaged() {
        return PACKAGED.equals(label);
    }

    public String label() {
        return label;
    }

    /** Every regular file below the folder, sorted by relative path (so hashes and builds are deterministic). */
    public List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted((a, b) -> relative(a).compareTo(relative(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of a file relative to this folder, with forward slashes (e.g. "cost-reduction/fees.drl"). */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The path to show people: "rules/cost-reduction/fees.drl" or the --rules folder's own path. */
    public String display(String relativePath) {
        return label.startsWith("rules (") ? "rules/" + relativePath : Path.of(label).resolve(relativePath).toString();
    }
}
