package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate works out the caller once, from the token, and the handler admits on the caller it is handed: the
 * handler's own refusals (reached only by a request the gate let through on another path) say what the gate would.
 */
class EndpointsTest {
    private static final String PANEL_TOKEN = "panel-token-aaaaaaaaaaaa";
    private static final String WORKER_TOKEN = "social-worker-token-bbbb";

    private final Endpoints endpoints = new Endpoints(Tokens.of(Map.of(PANEL_TOKEN, Role.PANEL,
            WORKER_TOKEN, Role.SOCIAL_WORKER)))
            .publicGet("/api/health", ctx -> { })
            .post("/api/review", EnumSet.of(Role.PANEL), ctx -> { })
            .get("/api/decisions", EnumSet.of(Role.AUDITOR), ctx -> { })
            .post("/api/decisions", EnumSet.of(Role.PANEL), ctx -> { });

    @Test
    void theGateHandsOnTheCallerItWorkedOutFromTheToken() {
        Endpoints.Decision decision = endpoints.decide("POST", "/api/review", "Bearer " + PANEL_TOKEN);
        assertThat(decision.refusal()).isNull();
        assertThat(decision.caller().role()).isEqualTo(Role.PANEL);
        assertThat(decision.caller().receiptName()).matches("service panel token-[0-9a-f]{8}");
    }

    @Test
    void publicEndpointsAndPagesOutsideTheApiPassWithoutACaller() {
        assertThat(endpoints.decide("GET", "/api/health", null)).isEqualTo(Endpoints.Decision.PASS);
        assertThat(endpoints.decide("GET", "/index.html", "Bearer " + PANEL_TOKEN)).isEqualTo(Endpoints.Decision.PASS);
    }

    @Test
    void theHandlerRefusesACallerItsEndpointDoesNotAllowAsTheGateWould() {
        Endpoints.Endpoint review = endpoint("/api/review", HandlerType.POST, Role.PANEL);
        Caller worker = endpoints.decide("POST", "/api/unknown", "Bearer " + WORKER_TOKEN).caller();
        Endpoints.Refusal atHandler = endpoints.admit(review, worker).refusal();
        Endpoints.Refusal atGate = endpoints.decide("POST", "/api/review", "Bearer " + WORKER_TOKEN).refusal();
        assertThat(atHandler).isEqualTo(atGate);
        assertThat(atHandler.status()).isEqualTo(403);
        assertThat(atHandler.message()).isEqualTo("the social-worker role may not use /api/review");
        assertThat(endpoints.admit(endpoint("/api/decisions", HandlerType.GET, Role.AUDITOR), worker).refusal().message())
                .isEqualTo("the social-worker role may not GET /api/decisions");
    }

    @Test
    void theHandlerAdmitsTheGatesCallerAndRefusesARequestWithoutOne() {
        Endpoints.Endpoint review = endpoint("/api/review", HandlerType.POST, Role.PANEL);
        Caller panel = endpoints.decide("POST", "/api/review", "Bearer " + PANEL_TOKEN).caller();
        assertThat(endpoints.admit(review, panel)).isEqualTo(new Endpoints.Decision(null, panel));
        Endpoints.Refusal unsigned = endpoints.admit(review, null).refusal();
        assertThat(unsigned).isEqualTo(endpoints.decide("POST", "/api/review", null).refusal());
        assertThat(unsigned.status()).isEqualTo(401);
    }

    private static Endpoints.Endpoint endpoint(String path, HandlerType method, Role role) {
        return new Endpoints.Endpoint(path, method, Set.of(role), ctx -> { });
    }
}
