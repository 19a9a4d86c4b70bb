package placementreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Receipts across processes, with the packaged jar: the service and a command-line run record into the same
 * default H2 file at the same time (H2's AUTO_SERVER, listening on 127.0.0.1 only), and a run killed with SIGKILL
 * inside its recording transaction leaves nothing behind, on H2 and on PostgreSQL.
 */
class ReceiptsJarIT {
    private static final String DEMO = "cases/demo/demo-authority.json";
    private static final String TOKEN = "sw-token-0123456789abcdefghij";

    @TempDir
    Path dir;

    private ProcessBuilder jar(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", "target/placement-review.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().remove(DatabaseUrl.ENV_URL);
        builder.environment().put("PLACEMENT_REVIEW_CACHE", "off");
        return builder;
    }

    @Test
    void theServiceAndACommandLineRunRecordIntoTheDefaultDatabaseAtTheSameTime() throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens.txt"), TOKEN + " social-worker sw-east\n");
        Process serve = jar(List.of(), "serve", "--port", "0", "--tokens", tokens.toString())
                .redirectError(dir.resolve("serve-stderr.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("serve's first line").startsWith("placement-review serving http://127.0.0.1:");
            String url = first.split(" ")[2];
            Process cli = jar(List.of(), "review", DEMO, "--record", "--format", "json")
                    .redirectOutput(dir.resolve("review.json").toFile())
                    .redirectError(dir.resolve("cli-stderr.txt").toFile()).start();
            CompletableFuture<HttpResponse<String>> check = HttpClient.newHttpClient().sendAsync(HttpRequest
                    .newBuilder(URI.create(url + "api/check?placement=P-00049"))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(300))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(DEMO))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cli.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(Files.readString(dir.resolve("cli-stderr.txt"))).isZero();
            HttpResponse<String> answer = check.get(300, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

            Process list = jar(List.of(), "receipts", "--format", "json").start();
            String log = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(list.waitFor(120, TimeUnit.SECONDS)).isTrue();
            JsonNode receipts = new ObjectMapper().readTree(log).path("receipts");
            List<String> runBy = new ArrayList<>();
            receipts.forEach(r -> runBy.add(r.path("runBy").asText()));
            assertThat(runBy).containsExactlyInAnyOrder("service social-worker sw-east",
                    "os-user " + System.getProperty("user.name"));

            Path folder = dir.resolve("placement-review");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    folder.resolve("placement-review.mv.db")))).isEqualTo("rw-------");
            Path lock = folder.resolve("placement-review.lock.db");
            java.util.regex.Matcher port = java.util.regex.Pattern.compile("server=[^\\n]*:(\\d+)")
                    .matcher(Files.readString(lock, StandardCharsets.ISO_8859_1));
            assertThat(port.find()).as("the H2 lock file names the shared server").isTrue();
            assertThat(listeningAddresses(Integer.parseInt(port.group(1)))).isNotEmpty()
                    .allMatch(address -> address.equals("0100007F") || address.endsWith("FFFF00000100007F"),
                            "127.0.0.1 only");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
    }

    /** The local addresses (hex, as /proc/net/tcp writes them) of sockets listening on this port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format("%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (local[1].equals(hexPort) && f[3].equals("0A")) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    /**
     * A recorded review reads the last panel's review and writes its receipt with plain JDBC, straight from H2's
     * driver: JDBI (about 0.25 s of CPU to start) and the PostgreSQL driver are left to the commands that need them.
     */
    @Test
    void aRecordedReviewLoadsNeitherJdbiNorThePostgresqlDriver() throws Exception {
        Path classes = dir.resolve("classes.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process run = jar(List.of("-Xlog:class+load=info:file=" + classes), "review", DEMO, "--record", "--format",
                "json").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr.toFile()).start();
        assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(stderr)).isZero();
        assertThat(Files.readString(stderr)).contains("recorded receipt");
        // ReceiptStore's catch clauses name JdbiException, so verifying it loads that one class: not JDBI itself
        assertThat(Files.readString(classes)).contains("org.h2.jdbc.JdbcConnection ")
                .contains("placementreview.store.ReceiptWriter ").doesNotContain("org.jdbi.v3.core.Jdbi ")
                .doesNotContain("org.jdbi.v3.core.Handle ").doesNotContain("org.postgresql.");
    }

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRunKilledWhileRecordingLeavesNoPartialReceipt(TestDatabases kind) throws Exception {
        DatabaseUrl url = kind.fresh();
        Process run = jar(List.of("-D" + ReceiptStore.PAUSE_BEFORE_COMMIT + "=300000"), "review", DEMO, "--record",
                "--db", url.url()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(run.getErrorStream(),
                    StandardCharsets.UTF_8));
            String line;
            do {
                line = err.readLine();
            } while (line != null && !line.contains("receipt written, not yet committed"));
            assertThat(line).as("the run reached the end of its recording transaction").isNotNull();
            run.destroyForcibly(); // SIGKILL
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroyForcibly();
        }
        try (Database db = Database.open(url, 1)) {
            for (String table : List.of("receipt", "receipt_output", "receipt_input", "receipt_rule_file",
                    "receipt_finding", "receipt_placement", "input_content", "rule_file_content")) {
                int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                        .mapTo(Integer.class).one());
                assertThat(rows).as(table).isZero();
            }
        }
    }
}
