package placementreview.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.engine.RulebaseException;
import placementreview.io.InputException;
import placementreview.review.PolicyAlternatives;
import placementreview.review.ReviewService;
import placementreview.store.ReceiptStore;
import placementreview.store.Replayer;
import placementreview.store.StoreException;

/**
 * The web service: the JSON API over the shared ReviewService, the static pages, bearer-token access by role,
 * the body limit, timeouts for stalled clients, a graceful stop, security headers on every answer (Jetty's own
 * error answers included) and an access log without case content.
 */
public final class WebServer {
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Sent with every answer, the error answers Jetty makes itself included. */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();
    private static final Logger ACCESS = LoggerFactory.getLogger("placementreview.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Set<Role> PANEL = EnumSet.of(Role.PANEL);
    private static final Set<Role> CHECKERS = EnumSet.of(Role.PANEL, Role.SOCIAL_WORKER);
    private static final Set<Role> TRACE_READERS = EnumSet.of(Role.PANEL, Role.SOCIAL_WORKER, Role.AUDITOR);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.PANEL, Role.AUDITOR);

    /**
     * Where and how to listen. {@code idleTimeout}: a connection that sends nothing for this long is closed (a
     * stalled body or header included); {@code stopTimeout}: how long a stop waits for requests in flight.
     */
    public record Settings(String host, int port, long maxBodyBytes, int threadsPerReview, Duration idleTimeout,
                           Duration stopTimeout) {
        public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
        public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

        public Settings(String host, int port, long maxBodyBytes, int threadsPerReview) {
            this(host, port, maxBodyBytes, threadsPerReview, IDLE_TIMEOUT, STOP_TIMEOUT);
        }
    }

    /** A body arriving slower than this on average (after a grace period) is cut off: see {@link RequestBody}. */
    static final long MIN_BODY_BYTES_PER_SECOND = 4 * 1024;

    /** Where the service keeps receipts: the store, the rule folder it serves, and how to replay one. */
    public record Receipts(ReceiptStore store, RuleFolder folder, Replayer replayer) {
    }

    private final Javalin app;
    private final Settings settings;
    private final GracefulHandler graceful = new GracefulHandler();

    /** A service with no named alternatives and no receipts: what-if requests may set parameters of the base rules. */
    public WebServer(ReviewService service, RuleFolder folder, Tokens tokens, Settings settings) {
        this(service, RuleSources.of(folder), tokens, settings, PolicyAlternatives.none(folder, service.rulebase()),
                null);
    }

    /** With named what-if alternatives and receipts (may be null: then nothing is recorded). */
    public WebServer(ReviewService service, RuleSources sources, Tokens tokens, Settings settings,
                     PolicyAlternatives alternatives, Receipts receipts) {
        this.settings = settings;
        ServiceReceipts kept = receipts == null ? null
                : new ServiceReceipts(receipts.store(), receipts.folder(), receipts.replayer());
        Api api = new Api(service, sources, settings.maxBodyBytes(), settings.threadsPerReview(), alternatives, kept);
        this.app = Javalin.create(config -> configure(config, api, tokens, kept));
    }

    private void configure(JavalinConfig config, Api api, Tokens tokens, ServiceReceipts receipts) {
        Endpoints endpoints = new Endpoints(tokens)
                .publicGet("/api/health", api::health)
                .get("/api/rules", AUDITORS, api::rules)
                .post("/api/review", PANEL, api::review)
                .post("/api/review.csv", PANEL, api::reviewCsv)
                .post("/api/pack", PANEL, api::pack)
                .post("/api/check", CHECKERS, api::check)
                .post("/api/explain", TRACE_READERS, api::explain)
                .get("/api/alternatives", AUDITORS, api::alternatives)
                .post("/api/what-if", AUDITORS, api::whatIf);
        if (receipts != null) {
            endpoints.get("/api/receipts", AUDITORS, receipts::list)
                    .get("/api/receipts/{id}", AUDITORS, receipts::show)
                    .post("/api/receipts/{id}/replay", EnumSet.of(Role.AUDITOR), receipts::replay);
            ServiceDecisions decisions = new ServiceDecisions(receipts.store());
            endpoints.get("/api/decisions", AUDITORS, decisions::list)
                    .post("/api/decisions", PANEL, decisions::decide);
        }
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.modifyServer(server -> {
            server.insertHandler(new RefusedRequests(endpoints, settings.maxBodyBytes()));
            server.insertHandler(graceful); // outermost: every request in flight counts
            server.setStopTimeout(settings.stopTimeout().toMillis());
            server.setErrorHandler(new PlainErrorHandler());
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(settings.idleTimeout().toMillis());
            // Jetty cuts every connection to 1 s of idleness when a stop begins, which would fail a body in flight
            connector.setShutdownIdleTimeout(settings.idleTimeout().toMillis());
            return connector;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/http";
            files.location = Location.CLASSPATH;
        });
        config.requestLogger.http(WebServer::logAccess);
        var routes = config.routes;
        routes.before(WebServer::securityHeaders);
        endpoints.register(routes);
        routes.exception(ApiException.class, (e, ctx) -> errors(ctx, e.status(), e.errors()));
        routes.exception(InputException.class, (e, ctx) ->
                errors(ctx, 400, List.of(new ApiError(null, null, e.getMessage()))));
        routes.exception(StoreException.class, (e, ctx) -> {
            // the database's URL and reason go to the server log, not to the client
            LOG.error("receipt database: {}", e.getMessage());
            errors(ctx, 503, List.of(new ApiError(null, null, "the receipt database could not record or read this;"
                    + " nothing was answered unrecorded (the server log says why)")));
        });
        routes.exception(RulebaseException.class, (e, ctx) ->
                errors(ctx, 500, List.of(new ApiError(null, null, e.getMessage()))));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                errors(ctx, e.getStatus(), List.of(new ApiError(null, null, e.getMessage()))));
        routes.exception(Exception.class, (e, ctx) -> {
            // the class and where, never the message: it could quote case content
            StackTraceElement[] at = e.getStackTrace();
            LOG.error("unexpected {} at {} on {} {}", e.getClass().getName(), at.length > 0 ? at[0] : "?",
                    ctx.method(), ctx.path());
            errors(ctx, 500, List.of(new ApiError(null, null, "unexpected server error ("
                    + e.getClass().getSimpleName() + "); the server log says where")));
        });
        routes.error(404, ctx -> {
            if (ctx.path().startsWith(Endpoints.PREFIX)) {
                errors(ctx, 404, List.of(new ApiError(null, null, "no such endpoint: " + ctx.method() + " "
                        + ctx.path())));
            }
        });
    }

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (ctx.path().startsWith(Endpoints.PREFIX)) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Answers with {"errors": [...]}. A request whose body was not read to its end (refused before reading it, or
     * over the limit) is answered and its connection closed: the server never waits for a body it will not use.
     */
    private static void errors(Context ctx, int status, List<ApiError> errors) {
        if (RequestBody.unread(ctx)) {
            ctx.header("Connection", "close");
        }
        ctx.status(status);
        Api.json(ctx, ErrorJson.text(errors));
    }

    /** Method, path (never the query string: it can hold a placement id), status, duration, placement count. */
    private static void logAccess(Context ctx, Float ms) {
        logAccess(ctx.method().name(), ctx.path(), ctx.status().getCode(), ms, ctx.attribute(Api.PLACEMENTS));
    }

    static void logAccess(String method, String path, int status, double ms, Integer placements) {
        ACCESS.info("{} {} {} {} ms{}", method.toUpperCase(Locale.ROOT), path, status,
                String.format(Locale.ROOT, "%.1f", ms), placements == null ? "" : " placements=" + placements);
    }

    /** Starts listening; a port in use or an address not on this machine is one clear line, not a stack trace. */
    public WebServer start() {
        try {
            app.start();
        } catch (io.javalin.util.JavalinBindException e) {
            throw new InputException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
                    + e.getMessage());
        }
        return this;
    }

    /** Stops taking connections, lets requests in flight finish (up to the stop timeout), then stops. */
    public void stop() {
        app.stop();
    }

    /** Requests being handled now. */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }
}
