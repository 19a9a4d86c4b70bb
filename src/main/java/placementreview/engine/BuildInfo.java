package placementreview.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.kie.api.KieServices;

/**
 * The tool's own version, as baked in at build (build.properties: the Maven version and the git commit), and the
 * Java and Drools versions it runs on: what a receipt needs to say which program made an output.
 */
public final class BuildInfo {
    private static final Properties BUILD = load();

    private BuildInfo() {
    }

    /** "0.1.0+6f27de86e703" (version + the first 12 hex digits of the commit; ".dirty" if built with local changes). */
    public static String toolVersion() {
        String version = value("version", "unknown");
        String commit = value("commit", "unknown");
        String shortCommit = commit.length() > 12 ? commit.substring(0, 12) : commit;
        return version + "+" + shortCommit + ("true".equals(value("dirty", "false")) ? ".dirty" : "");
    }

    /** The full commit id, or "unknown" when built outside a git clone. */
    public static String commit() {
        return value("commit", "unknown");
    }

    public static String javaVersion() {
        return System.getProperty("java.vendor", "?") + " " + Runtime.version();
    }

    public static String droolsVersion() {
        Package drools = KieServices.class.getPackage();
        String version = drools == null ? null : drools.getImplementationVersion();
        return version != null ? version : droolsFromManifestless();
    }

    private static String droolsFromManifestless() {
        try (InputStream in = KieServices.class.getResourceAsStream(
                "/META-INF/maven/org.kie/kie-api/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String value(String key, String fallback) {
        String value = BUILD.getProperty(key);
        // an unfiltered placeholder means the build could not tell (e.g. no git metadata)
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/placementreview/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // reported as "unknown" below: a receipt still records, and says it could not tell
        }
        return properties;
    }
}
