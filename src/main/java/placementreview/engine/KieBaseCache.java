package placementreview.engine;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * newest eight entries are kept. An entry is signed with this user's key (CacheSigner) and read only when the
 * signature matches; one that does not, or cannot be read, is deleted and the rules are compiled as if it were not
 * there: the cache can only make a review faster, never change it. Entries are owner-only (0600).
 * <p>
 * Used only when the tool runs from its jar (not from the build's classes, so tests always compile the rules).
 * Folder: {@code PLACEMENT_REVIEW_CACHE} (environment) or {@code -Dplacementreview.cache=DIR}; {@code off} turns it
 * off; default {@code ~/.cache/placement-review}.
 */
final class KieBaseCache {
    private static final String PROPERTY = "placementreview.cache";
    private static final String ENVIRONMENT = "PLACEMENT_REVIEW_CACHE";

    private static final int KEEP = 8;
    /** Far above the packaged rules' entry (about 2 MB): a larger file is not ours. */
    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

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

    /**
     * The cached rule base for this rulebase version, or empty (absent, from another build, unreadable, or not signed
     * with this user's key). An entry is deserialised only after its signature is verified.
     */
    Optional<KieBase> load(String rulebaseVersion) {
        Path file = file(rulebaseVersion);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<CacheSigner> signer = CacheSigner.forFolder(folder);
        if (signer.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] entry = Files.size(file) <= MAX_ENTRY_BYTES ? Files.readAllBytes(file) : new byte[0];
            if (entry.length <= CacheSigner.SIGNATURE_BYTES) {
                deleteQuietly(file);
                return Optional.empty();
            }
            byte[] signature = Arrays.copyOf(entry, CacheSigner.SIGNATURE_BYTES);
            byte[] packages = Arrays.copyOfRange(entry, CacheSigner.SIGNATURE_BYTES, entry.length);
            if (!signer.get().verify(key(rulebaseVersion), packages, signature)) {
                deleteQuietly(file);
                return Optional.empty();
            }
            return Optional.of(deserialise(packages));
        } catch (Exception | LinkageError e) {
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    private static KieBase deserialise(byte[] packages) throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = new DroolsObjectInputStream(new ByteArrayInputStream(packages),
                KieBaseCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<KiePackage> read = (List<KiePackage>) objects.readObject();
            var kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(read);
            return kieBase;
        }
    }

    /**
     * Writes the compiled packages, signed, owner-only (atomically: a reader sees the old file, the new one, or
     * none). Nothing is written to a folder this user does not own alone.
     */
    void store(String rulebaseVersion, KieBase kieBase) {
        Path file = file(rulebaseVersion);
        Path temp = null;
        try {
            Optional<CacheSigner> signer = CacheSigner.forFolder(folder);
            if (signer.isEmpty()) {
                return;
            }
            ByteArrayOutputStream packages = new ByteArrayOutputStream();
            try (ObjectOutputStream objects = new DroolsObjectOutputStream(packages)) {
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            byte[] bytes = packages.toByteArray();
            temp = Files.createTempFile(folder, "kiebase-", ".tmp", CacheSigner.ownerOnlyFile());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                out.write(signer.get().sign(key(rulebaseVersion), bytes));
                out.write(bytes);
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
