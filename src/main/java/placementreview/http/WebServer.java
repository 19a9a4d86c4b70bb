package placementreview.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.engine.RulebaseException;
import placementreview.io.InputException;
import placementreview.review.ReviewService;
import placementreview.store.ReceiptStore;
import placementreview.store.Replayer;
import placementreview.store.StoreException;

/**
 * The web service: the JSON API over the shared ReviewService, the static pages, bearer-token access by role,
 * the body limit, security headers and an access log without case content.
 */
public final class WebServer {
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Logger ACCESS = LoggerFactory.getLogger("placementreview.http.access");
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final Set<Role> PANEL = EnumSet.of(Role.PANEL);
    private static final Set<Role> CHECKERS = EnumSet.of(Role.PANEL, Role.SOCIAL_WORKER);
    private static final Set<Role> TRACE_READERS = EnumSet.of(Role.PANEL, Role.SOCIAL_WORKER, Role.AUDITOR);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.PANEL, Role.AUDITOR);

    /** Where and how to listen. */
    public record Settings(String host, int port, long maxBodyBytes, int threadsPerReview) {
    }

    /** Where the service keeps receipts: the store, the rule folder it serves, and how to replay one. */
    public record Receipts(ReceiptStore store, RuleFolder folder, Replayer replayer) {
    }

    private final Javalin app;
    private final Settings settings;

    public WebServer(ReviewService service, RuleSources sources, Tokens tokens, Settings settings) {
        this(service, sources, tokens, settings, null);
    }

    /** With receipts (may be null): every review, check and explain answered is recorded. */
    public WebServer(ReviewService service, RuleSources sources, Tokens tokens, Settings settings,
                     Receipts receipts) {
        this.settings = settings;
        ServiceReceipts kept = receipts == null ? null
                : new ServiceReceipts(receipts.store(), receipts.folder(), receipts.replayer());
        Api api = new Api(service, sources, settings.maxBodyBytes(), settings.threadsPerReview(), kept);
        this.app = Javalin.create(config -> configure(config, api, tokens, kept));
    }

    private void configure(JavalinConfig config, Api api, Tokens tokens, ServiceReceipts receipts) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/http";
            files.location = Location.CLASSPATH;
        });
        config.requestLogger.http(WebServer::logAccess);
        var routes = config.routes;
        routes.before(WebServer::securityHeaders);
        routes.get("/api/health", api::health);
        routes.get("/api/rules", secured(tokens, AUDITORS, api::rules));
        routes.post("/api/review", secured(tokens, PANEL, api::review));
        routes.post("/api/review.csv", secured(tokens, PANEL, api::reviewCsv));
        routes.post("/api/pack", secured(tokens, PANEL, api::pack));
        routes.post("/api/check", secured(tokens, CHECKERS, api::check));
        routes.post("/api/explain", secured(tokens, TRACE_READERS, api::explain));
        if (receipts != null) {
            routes.get("/api/receipts", secured(tokens, AUDITORS, receipts::list));
            routes.get("/api/receipts/{id}", secured(tokens, AUDITORS, receipts::show));
            routes.post("/api/receipts/{id}/replay", secured(tokens, EnumSet.of(Role.AUDITOR), receipts::replay));
        }
        routes.exception(ApiException.class, (e, ctx) -> {
            // a refused request's unread body is drained (up to the limit) so the client reads the answer
            RequestBody.drain(ctx, settings.maxBodyBytes());
            errors(ctx, e.status(), e.errors());
        });
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
            if (ctx.path().startsWith("/api/")) {
                errors(ctx, 404, List.of(new ApiError(null, null, "no such endpoint: " + ctx.method() + " "
                        + ctx.path())));
            }
        });
        routes.error(405, ctx -> {
            if (ctx.path().startsWith("/api/")) {
                errors(ctx, 405, List.of(new ApiError(null, null, ctx.method() + " is not allowed on "
                        + ctx.path())));
            }
        });
    }

    /** Wraps a handler so that only the given roles reach it: 401 without a known token, 403 for another role. */
    static Handler secured(Tokens tokens, Set<Role> allowed, Handler handler) {
        return ctx -> {
            Role role = tokens.roleOf(bearer(ctx));
            if (role == null) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "Authorization", bearer(ctx) == null
                        ? "sign in: send the token you were given as Authorization: Bearer TOKEN"
                        : "the token is not known to this server");
            }
            if (!allowed.contains(role)) {
                throw new ApiException(403, "Authorization", "the " + role.label() + " role may not use "
                        + ctx.path());
            }
            ctx.attribute(ServiceReceipts.CALLER, "service " + role.label() + " " + tokens.labelOf(bearer(ctx)));
            ctx.attribute(ServiceReceipts.STARTED, java.time.Instant.now());
            handler.handle(ctx);
        };
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static void errors(Context ctx, int status, List<ApiError> errors) {
        ctx.status(status);
        Api.json(ctx, ErrorJson.text(errors));
    }

    /** Method, path (never the query string: it can hold a placement id), status, duration, placement count. */
    private static void logAccess(Context ctx, Float ms) {
        Integer placements = ctx.attribute(Api.PLACEMENTS);
        ACCESS.info("{} {} {} {} ms{}", ctx.method().name().toUpperCase(Locale.ROOT), ctx.path(),
                ctx.status().getCode(), String.format(Locale.ROOT, "%.1f", ms),
                placements == null ? "" : " placements=" + placements);
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

    public void stop() {
        app.stop();
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }
}
