package placementreview.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import placementreview.engine.RuleFolder;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** One web server per test JVM on 127.0.0.1 (a free port), over the project's rules/, with known tokens. */
public final class TestServer {
    static final String PANEL = "panel-token-0123456789abcdef";
    public static final String SOCIAL_WORKER = "social-worker-token-0123456789";
    static final String AUDITOR = "auditor-token-0123456789abcdef";
    static final long MAX_BODY = 1024 * 1024;
    static final Path DEMO = Path.of("cases/demo/demo-authority.json");

    private static WebServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() {
    }

    static synchronized WebServer server() {
        if (server == null) {
            ReviewService service = TestRules.service();
            Tokens tokens = Tokens.of(Map.of(PANEL, Role.PANEL, SOCIAL_WORKER, Role.SOCIAL_WORKER, AUDITOR,
                    Role.AUDITOR));
            server = new WebServer(service, RuleFolder.of(Path.of("rules")), tokens,
                    new WebServer.Settings("127.0.0.1", 0, MAX_BODY, 2)).start();
        }
        return server;
    }

    public static URI uri(String pathAndQuery) {
        return URI.create(server().url() + pathAndQuery.substring(1));
    }

    static HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static HttpResponse<String> post(String path, String token, byte[] body) {
        return post(path, token, body, "application/json");
    }

    static HttpResponse<String> post(String path, String token, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] demo() {
        try {
            return Files.readAllBytes(DEMO);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
