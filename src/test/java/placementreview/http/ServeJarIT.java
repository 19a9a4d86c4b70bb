package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's serve: starts with a tokens file, answers over HTTP, stops on SIGTERM. */
class ServeJarIT {
    @TempDir
    Path dir;

    @Test
    void theJarServesTheApiAndStopsOnSigterm() throws Exception {
        Path tokens = dir.resolve("tokens.txt");
        Files.writeString(tokens, "# test tokens\nsw-token-0123456789abcdefghij social-worker\n");
        ProcessBuilder serve = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", "target/placement-review.jar", "serve", "--port", "0", "--tokens", tokens.toString()))
                .redirectError(dir.resolve("stderr.txt").toFile());
        // the receipts it records go to this test's folder, never the user's own data folder
        serve.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        serve.environment().remove("PLACEMENT_REVIEW_DB");
        Process process = serve.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).startsWith("placement-review serving http://127.0.0.1:");
            String url = first.split(" ")[2];
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(url + "api/check?placement=P-00049"))
                    .header("Authorization", "Bearer sw-token-0123456789abcdefghij").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of("cases/demo/demo-authority.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).isEqualTo(200);
            assertThat(check.body()).contains("\"placementId\" : \"P-00049\"", "\"criteria\"");
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "check.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String body = Files.readString(Path.of("cases/demo/demo-authority.json"), StandardCharsets.ISO_8859_1);
            int port = URI.create(url).getPort();
            try (RawHttp inFlight = new RawHttp(port, 60_000)) {
                inFlight.send("POST /api/check?placement=P-00049 HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer sw-token-0123456789abcdefghij\r\nContent-Length: " + body.length()
                        + "\r\n\r\n" + body.substring(0, 1000));
                Thread.sleep(1_000);
                process.destroy(); // SIGTERM while the request is in flight
                Thread.sleep(1_000);
                assertThat(process.isAlive()).as("waits for the request in flight").isTrue();
                assertThat(inFlight.send(body.substring(1000)).head()).startsWith("HTTP/1.1 200");
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(process.exitValue()).as("a graceful stop exits 0").isZero();
            String log = Files.readString(dir.resolve("stderr.txt"));
            assertThat(log).contains("POST /api/check 200").doesNotContain("P-00049", "Exception");
            try (var files = Files.list(dir.resolve("data").resolve("placement-review"))) {
                assertThat(files.map(f -> f.getFileName().toString())).as("the checks answered were recorded here")
                        .anyMatch(name -> name.endsWith(".mv.db"));
            }
        } finally {
            process.destroyForcibly();
        }
    }
}
