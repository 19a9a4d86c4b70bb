package placementreview.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which database to use: {@code --db URL}, else the environment's {@code PLACEMENT_REVIEW_DB}, else an H2 file under
 * {@code $XDG_DATA_HOME/placement-review/} (else {@code ~/.local/share/placement-review/}). User and password come
 * only from {@code PLACEMENT_REVIEW_DB_USER} / {@code PLACEMENT_REVIEW_DB_PASSWORD}, never from the command line.
 */
public record DatabaseUrl(String url, String user, String password) {
    public static final String ENV_URL = "PLACEMENT_REVIEW_DB";
    public static final String ENV_USER = "PLACEMENT_REVIEW_DB_USER";
    public static final String ENV_PASSWORD = "PLACEMENT_REVIEW_DB_PASSWORD";
    /** H2 flags: PostgreSQL mode so one set of migrations serves both databases. */
    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** The receipt database's file name (H2 adds .mv.db). */
    static final String FILE_NAME = "placement-review";

    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|pwd)=[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]+):[^/@]*@");

    /** The database for this run: the given URL (may be null), the environment, or the default file. */
    public static DatabaseUrl resolve(String given, Map<String, String> env) {
        String url = given != null && !given.isBlank() ? given.strip() : env.get(ENV_URL);
        if (url == null || url.isBlank()) {
            url = "jdbc:h2:file:" + defaultFolder(env).resolve(FILE_NAME);
        }
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new StoreException(redact(url) + ": not a database this tool uses (give jdbc:postgresql://HOST/DB"
                    + " or jdbc:h2:file:PATH)");
        }
        if (isH2(url)) {
            url = withH2Flags(url);
        }
        String user = env.getOrDefault(ENV_USER, isH2(url) ? "sa" : null);
        return new DatabaseUrl(url, user, env.getOrDefault(ENV_PASSWORD, isH2(url) ? "" : null));
    }

    /** $XDG_DATA_HOME/placement-review, else ~/.local/share/placement-review. */
    public static Path defaultFolder(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("placement-review");
    }

    public boolean isH2() {
        return isH2(url);
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The path of an H2 file database without H2's .mv.db (to create its folder owner-only), or null. */
    public Path h2File() {
        if (!url.startsWith("jdbc:h2:file:")) {
            return null;
        }
        String path = url.substring("jdbc:h2:file:".length());
        int flags = path.indexOf(';');
        return Path.of(flags < 0 ? path : path.substring(0, flags)).toAbsolutePath();
    }

    /**
     * H2 file databases get the PostgreSQL-mode flags (unless the URL sets MODE itself) and AUTO_SERVER, so the
     * service and a command-line run can record into the same file at once; its server binds to 127.0.0.1 only.
     */
    private static String withH2Flags(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String flagged = upper.contains(";MODE=") ? url : url + H2_FLAGS;
        boolean file = url.startsWith("jdbc:h2:file:") || !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:");
        return file && !upper.contains("AUTO_SERVER=") ? flagged + ";AUTO_SERVER=TRUE" : flagged;
    }

    /** The URL to show people: any password in it replaced. */
    public String display() {
        return redact(url);
    }

    static String redact(String url) {
        return USER_INFO.matcher(SECRET_PARAM.matcher(url).replaceAll("$1=***")).replaceAll("$1:***@");
    }
}
