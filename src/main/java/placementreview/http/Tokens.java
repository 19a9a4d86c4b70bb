package placementreview.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import placementreview.io.InputException;

/**
 * Bearer tokens and the role each one gives. The tokens file has one {@code TOKEN ROLE} pair a line (role: panel,
 * social-worker or auditor; {@code #} starts a comment; tokens at least 20 characters, no spaces). Tokens are kept
 * only as SHA-256 hashes, so a lookup compares hashes, never the secret itself.
 */
public final class Tokens {
    static final int MIN_LENGTH = 20;

    private final Map<String, Role> roleByHash;
    private final Map<String, String> labelByHash;

    private Tokens(Map<String, Role> roleByHash, Map<String, String> labelByHash) {
        this.roleByHash = Map.copyOf(roleByHash);
        this.labelByHash = Map.copyOf(labelByHash);
    }

    public static Tokens of(Map<String, Role> tokens) {
        Map<String, Role> byHash = new HashMap<>();
        tokens.forEach((token, role) -> byHash.put(hash(token), role));
        return new Tokens(byHash, Map.of());
    }

    /** Reads a tokens file; any malformed line stops the server with the file, line number and what is allowed. */
    public static Tokens load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such tokens file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        }
        Map<String, Role> tokens = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ": line " + (i + 1) + ": ";
            String[] parts = line.split("\\s+");
            if (parts.length != 2 && parts.length != 3) {
                throw new InputException(where + "expected TOKEN ROLE, or TOKEN ROLE LABEL (a name for receipts)");
            }
            if (parts.length == 3) {
                labels.put(hash(parts[0]), parts[2]);
            }
            Role role = Role.named(parts[1]);
            if (role == null) {
                throw new InputException(where + "role \"" + parts[1] + "\" is not one of " + Role.allowedNames());
            }
            if (parts[0].length() < MIN_LENGTH) {
                throw new InputException(where + "the token is shorter than " + MIN_LENGTH + " characters");
            }
            if (tokens.put(parts[0], role) != null) {
                throw new InputException(where + "the token appears twice");
            }
        }
        if (tokens.isEmpty()) {
            throw new InputException(file + ": no tokens; expected lines of TOKEN ROLE");
        }
        Map<String, Role> byHash = new HashMap<>();
        tokens.forEach((token, role) -> byHash.put(hash(token), role));
        return new Tokens(byHash, labels);
    }

    /** One fresh random token per role (for local use when no tokens file is given), in role order. */
    public static Map<Role, String> generate(SecureRandom random) {
        Map<Role, String> tokens = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            tokens.put(role, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return tokens;
    }

    public static Tokens ofGenerated(Map<Role, String> generated) {
        Map<String, Role> byToken = new HashMap<>();
        generated.forEach((role, token) -> byToken.put(token, role));
        return of(byToken);
    }

    /**
     * The caller the token names, or null for an unknown token. Its label is how receipts name the token's holder:
     * the label given in the tokens file, else "token-" and the first 8 hex digits of the token's SHA-256 (which
     * tells tokens apart without revealing them).
     */
    Caller callerOf(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String hash = hash(token);
        Role role = roleByHash.get(hash);
        return role == null ? null : new Caller(role, labelByHash.getOrDefault(hash, "token-" + hash.substring(0, 8)));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
