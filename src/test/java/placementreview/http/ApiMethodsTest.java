package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every method on every API path is checked before it is answered: without a token 401 (so a stranger learns
 * nothing about which endpoints exist), with one a wrong method is 405 naming the allowed ones in Allow. Jetty's
 * own error answers carry the same security headers as the service's.
 */
class ApiMethodsTest {
    private static HttpResponse<String> call(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestServer.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return TestServer.send(request.build());
    }

    @Test
    void anyMethodOnAnApiPathWithoutATokenIs401() {
        for (String method : new String[] {"HEAD", "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"}) {
            for (String path : new String[] {"/api/review", "/api/rules", "/api/check", "/api/no-such-thing"}) {
                HttpResponse<String> r = call(method, path, null);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(401);
                assertThat(r.headers().firstValue("WWW-Authenticate")).as(method + " " + path).hasValue("Bearer");
            }
        }
    }

    @Test
    void aWrongMethodWithATokenIs405WithAllow() {
        HttpResponse<String> head = call("HEAD", "/api/review", TestServer.PANEL);
        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> get = call("GET", "/api/check", TestServer.SOCIAL_WORKER);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(WebApiTest.firstError(get)).isEqualTo("GET is not allowed on /api/check; use POST");
        HttpResponse<String> put = call("PUT", "/api/rules", TestServer.AUDITOR);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(call("DELETE", "/api/review/", TestServer.PANEL).statusCode()).isEqualTo(405);
    }

    @Test
    void headOfAGetEndpointNeedsItsRoleAndAnswersWithoutABody() {
        HttpResponse<String> head = call("HEAD", "/api/rules", TestServer.AUDITOR);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(call("HEAD", "/api/rules", TestServer.SOCIAL_WORKER).statusCode()).isEqualTo(403);
    }

    @Test
    void healthIsPublicForGetAndHeadOnly() {
        assertThat(call("HEAD", "/api/health", null).statusCode()).isEqualTo(200);
        HttpResponse<String> post = call("POST", "/api/health", null);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void aSignedInUserAskingForAnUnknownPathGets404() {
        HttpResponse<String> r = call("GET", "/api/no-such-thing", TestServer.AUDITOR);
        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void jettysOwnErrorAnswersCarryTheSecurityHeaders() {
        int port = TestServer.server().port();
        String badRequestLine = new RawHttp(port, 5_000).send("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")
                .head();
        String hugeHeader = new RawHttp(port, 5_000).send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "x".repeat(20_000) + "\r\n\r\n").head();
        String noHost = new RawHttp(port, 5_000).send("GET / HTTP/1.1\r\n\r\n").head();
        for (String answer : new String[] {badRequestLine, hugeHeader, noHost}) {
            assertThat(answer).matches("(?s)HTTP/1.1 4\\d\\d .*")
                    .contains("Content-Security-Policy: " + WebServer.CSP, "X-Content-Type-Options: nosniff",
                            "X-Frame-Options: DENY", "Referrer-Policy: no-referrer");
        }
    }
}
