package placementreview.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API's endpoints, each a path and method with the roles that may use it (a path may have a GET and a POST), and the decision every request
 * under /api/ gets before any handler runs: 401 without a known token (whatever the method, and on paths that do
 * not exist, so a stranger cannot list the endpoints), then 405 with {@code Allow} for another method, then 403
 * for another role. The decision needs only the request line and headers, never the body. The gate works out the
 * caller from the token once and hands it to the handler as a request attribute ({@link Caller#ATTRIBUTE}).
 */
final class Endpoints {
    static final String PREFIX = "/api/";

    /** One endpoint; {@code roles} empty means public (the health check). */
    record Endpoint(String path, HandlerType method, Set<Role> roles, Handler handler) {
        boolean isPublic() {
            return roles.isEmpty();
        }

        boolean allows(String requested) {
            return requested.equals(method.name()) || (method.equals(HandlerType.GET) && requested.equals("HEAD"));
        }

        String allowHeader() {
            return method.equals(HandlerType.GET) ? "GET, HEAD" : method.name();
        }
    }

    /** Why a request is refused: status, headers that go with it (WWW-Authenticate, Allow), field and message. */
    record Refusal(int status, Map<String, String> headers, String field, String message) {
        ApiException exception() {
            return new ApiException(status, field, message);
        }
    }

    /** The gate's decision: a refusal, or else the caller to hand on (null on a public endpoint or outside the API). */
    record Decision(Refusal refusal, Caller caller) {
        static final Decision PASS = new Decision(null, null);

        static Decision refuse(Refusal refusal) {
            return new Decision(refusal, null);
        }
    }

    private final Tokens tokens;
    private final Map<String, List<Endpoint>> byPath = new LinkedHashMap<>();

    Endpoints(Tokens tokens) {
        this.tokens = tokens;
    }

    Endpoints publicGet(String path, Handler handler) {
        return add(new Endpoint(path, HandlerType.GET, Set.of(), handler));
    }

    Endpoints get(String path, Set<Role> roles, Handler handler) {
        return add(new Endpoint(path, HandlerType.GET, Set.copyOf(roles), handler));
    }

    Endpoints post(String path, Set<Role> roles, Handler handler) {
        return add(new Endpoint(path, HandlerType.POST, Set.copyOf(roles), handler));
    }

    private Endpoints add(Endpoint endpoint) {
        List<Endpoint> onPath = byPath.computeIfAbsent(endpoint.path(), p -> new ArrayList<>());
        onPath.removeIf(e -> e.method().equals(endpoint.method()));
        onPath.add(endpoint);
        return this;
    }

    /**
     * Registers every endpoint's handler (HEAD too for GET). Each handler checks the gate's caller against its own
     * endpoint's roles, so a request that reached it by a path the gate did not recognise is still refused.
     */
    void register(RoutesConfig routes) {
        for (Endpoint e : byPath.values().stream().flatMap(List::stream).toList()) {
            Handler handler = e.isPublic() ? e.handler() : ctx -> {
                Decision decision = admit(e, ctx.attribute(Caller.ATTRIBUTE));
                if (decision.refusal() != null) {
                    decision.refusal().headers().forEach(ctx::header);
                    throw decision.refusal().exception();
                }
                ctx.attribute(ServiceReceipts.CALLER, decision.caller().receiptName());
                ctx.attribute(ServiceReceipts.STARTED, java.time.Instant.now());
                e.handler().handle(ctx);
            };
            routes.addHttpHandler(e.method(), e.path(), handler);
            if (e.method().equals(HandlerType.GET)) {
                routes.addHttpHandler(HandlerType.HEAD, e.path(), handler);
            }
        }
    }

    /**
     * What a handler of a non-public endpoint lets through: the caller the gate handed on, if it may use this
     * endpoint. A request without one did not pass the gate as a caller of the API and is refused as unsigned.
     */
    Decision admit(Endpoint endpoint, Caller fromGate) {
        if (fromGate == null) {
            return Decision.refuse(unsigned(null));
        }
        return endpoint.roles().contains(fromGate.role()) ? new Decision(null, fromGate)
                : Decision.refuse(forbidden(endpoint, fromGate.role()));
    }

    /** The decision for this request: refused, or on to its handler (or to the 404 of an unknown path). */
    Decision decide(String method, String path, String authorization) {
        if (!path.startsWith(PREFIX)) {
            return Decision.PASS;
        }
        List<Endpoint> onPath = byPath.get(withoutTrailingSlash(path));
        Endpoint endpoint = onPath == null ? null
                : onPath.stream().filter(e -> e.allows(method)).findFirst().orElse(null);
        if (endpoint != null && endpoint.isPublic()) {
            return Decision.PASS;
        }
        if (onPath != null && endpoint == null && onPath.stream().allMatch(Endpoint::isPublic)) {
            return Decision.refuse(wrongMethod(method, onPath));
        }
        String token = bearer(authorization);
        Caller caller = tokens.callerOf(token);
        if (caller == null) {
            return Decision.refuse(unsigned(token));
        }
        if (onPath != null && endpoint == null) {
            return Decision.refuse(wrongMethod(method, onPath));
        }
        if (endpoint != null && !endpoint.roles().contains(caller.role())) {
            return Decision.refuse(forbidden(endpoint, caller.role()));
        }
        return new Decision(null, caller);
    }

    private static Refusal unsigned(String token) {
        return new Refusal(401, Map.of("WWW-Authenticate", "Bearer"), "Authorization", token == null
                ? "sign in: send the token you were given as Authorization: Bearer TOKEN"
                : "the token is not known to this server");
    }

    private Refusal forbidden(Endpoint endpoint, Role role) {
        boolean twoMethods = byPath.get(endpoint.path()).size() > 1;
        return new Refusal(403, Map.of(), "Authorization", "the " + role.label() + " role may not "
                + (twoMethods ? endpoint.method().name() + " " : "use ") + endpoint.path());
    }

    /** 405, with every method the path has in {@code Allow}. */
    private static Refusal wrongMethod(String method, List<Endpoint> onPath) {
        String allow = onPath.stream().map(Endpoint::allowHeader).collect(Collectors.joining(", "));
        return new Refusal(405, Map.of("Allow", allow), "method", method + " is not allowed on "
                + onPath.get(0).path() + "; use " + allow);
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > PREFIX.length() && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
