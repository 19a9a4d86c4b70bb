package placementreview.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps the compiled rule packages on disk so a review does not recompile unchanged rules: compiling the DRL is most
 * of a one-placement review's start-up. The key is the rulebase version (a hash of every rule file) plus the tool's
 * own build (the jar's size and date, and the Java version), so a change to any of them compiles afresh; the
 * newest eight entries are kept. A cache file that cannot be read is
 * deleted and the rules are compiled as if it were not there: the cache can only make a review faster.
 * <p>
 * Used only when the tool runs from its jar (not from the build's classes, so tests always compile the rules).
 * Folder: {@code PLACEMENT_REVIEW_CACHE} (environment) or {@code -Dplacementreview.cache=DIR}; {@code off} turns it
 * off; default {@code ~/.cache/placement-review}.
 */
final class KieBaseCache {
    private static final String PROPERTY = "placementreview.cache";
    private static final String ENVIRONMENT = "PLACEMENT_REVIEW_CACHE";

    private static final int KEEP = 8;

    private final Path folder;
    private final String build;

    KieBaseCache(Path folder, String build) {
        this.folder = folder;
        this.build = build;
    }

    /** The cache for this run, or empty when it is off or the tool is not running from a jar. */
    static Optional<KieBaseCache> standard() {
        String setting = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if ("off".equalsIgnoreCase(setting)) {
            return Optional.empty();
        }
        Optional<Path> jar = ownJar();
        if (jar.isEmpty()) {
            return Optional.empty();
        }
        Path folder = setting != null && !setting.isBlank() ? Path.of(setting)
                : Path.of(System.getProperty("user.home"), ".cache", "placement-review");
        try {
            return Optional.of(new KieBaseCache(folder, Files.size(jar.get()) + "-"
                    + Files.getLastModifiedTime(jar.get()).toMillis() + "-" + System.getProperty("java.version")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> ownJar() {
        try {
            CodeSource source = KieBaseCache.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") && Files.isRegularFile(path) ? Optional.of(path)
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }

    Path file(String rulebaseVersion) {
        return folder.resolve("kiebase-" + key(rulebaseVersion) + ".bin");
    }

    /** The cached rule base for this rulebase version, or empty (absent, from another build, or unreadable). */
    Optional<KieBase> load(String rulebaseVersion) {
        Path file = file(rulebaseVersion);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream objects = new DroolsObjectInputStream(in, KieBaseCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            var kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return Optional.of(kieBase);
        } catch (Exception | LinkageError e) {
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /** Writes the compiled packages (atomically: a reader sees the old file, the new one, or none). */
    void store(String rulebaseVersion, KieBase kieBase) {
        Path file = file(rulebaseVersion);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "kiebase-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (Exception | LinkageError e) {
            // the cache is only an optimisation: a review never fails because it cannot be written
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Keeps the most recent few entries (other rule folders, earlier builds); deletes older ones. */
    private void prune() throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> entries = files.filter(f -> f.getFileName().toString().startsWith("kiebase-")
                    && f.getFileName().toString().endsWith(".bin")).sorted(Comparator.comparing(
                            (Path f) -> f.toFile().lastModified()).reversed()).toList();
            entries.stream().skip(KEEP).forEach(KieBaseCache::deleteQuietly);
        }
    }

    private String key(String rulebaseVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((rulebaseVersion + "\u0000" + build).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do: the next run compiles again
        }
    }
}
