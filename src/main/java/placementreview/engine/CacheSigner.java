package placementreview.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies compiled-rule cache entries with an HMAC-SHA256 key only this user can read, so a file planted
 * in the cache folder is never deserialised: deserialising it could run code or swap the rules a review uses. The key
 * is 32 random bytes in {@code hmac.key}, created owner-only (0600) in an owner-only folder (0700). A folder or key
 * that another user owns or could write is not trusted, and the cache is then not used.
 */
final class CacheSigner {
    static final String KEY_FILE = "hmac.key";
    static final int SIGNATURE_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] key;

    private CacheSigner(byte[] key) {
        this.key = key;
    }

    /** The signer for this cache folder (creating folder and key when absent), or empty when they are not trusted. */
    static Optional<CacheSigner> forFolder(Path folder) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder, attributes("rwx------"));
            }
            if (!ownedByMe(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || posix() && hasAny(folder, OTHERS_WRITE)) {
                return Optional.empty();
            }
            Path keyFile = folder.resolve(KEY_FILE);
            try {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Files.write(Files.createFile(keyFile, attributes("rw-------")), fresh);
            } catch (FileAlreadyExistsException existing) {
                // made by an earlier run: checked below like any other
            }
            if (Files.isSymbolicLink(keyFile) || !ownedByMe(keyFile)
                    || posix() && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
                return Optional.empty();
            }
            byte[] key = Files.readAllBytes(keyFile);
            return key.length == KEY_BYTES ? Optional.of(new CacheSigner(key)) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The signature of an entry's bytes under the name (cache key) it is stored as. */
    byte[] sign(String name, byte[] content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(content);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(String name, byte[] content, byte[] signature) {
        return MessageDigest.isEqual(sign(name, content), signature);
    }

    static FileAttribute<?>[] ownerOnlyFile() {
        return attributes("rw-------");
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean hasAny(Path path, Set<PosixFilePermission> permissions) throws IOException {
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return permissions.stream().anyMatch(actual::contains);
    }

    private static boolean ownedByMe(Path path) throws IOException {
        return Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }
}
