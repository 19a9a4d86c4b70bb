package placementreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.http.Role;
import placementreview.http.Tokens;
import placementreview.http.WebServer;
import placementreview.io.InputException;
import placementreview.review.PolicyAlternatives;
import placementreview.review.ReviewService;
import placementreview.store.Database;
import placementreview.store.DatabaseUrl;
import placementreview.store.ReceiptStore;
import placementreview.tools.LoadBench;

@Command(name = "serve-bench", mixinStandardHelpOptions = true,
        description = "Load figure for the web service: starts serve on 127.0.0.1 (any free port) in this process and "
                + "measures one endpoint for one placement: requests per second and p50/p99 latency. Bounded in "
                + "count and time; loopback only.")
final class ServeBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(index = "0", paramLabel = "FILE", description = "case file (JSON)")
    Path file;

    @Option(names = "--placement", required = true, paramLabel = "ID", description = "the placement to ask about")
    String placementId;

    @Option(names = "--endpoint", defaultValue = "check", description = "check or explain (default check)")
    String endpoint;

    @Option(names = "--body", defaultValue = "one",
            description = "one: the file's header with only that placement (a social worker's request; default); "
                    + "all: the whole file in every request")
    String bodyMode;

    @Option(names = "--requests", defaultValue = "2000", description = "requests in the timed run (default 2000)")
    int requests;

    @Option(names = "--rate", defaultValue = "200", description = "requests per second (default 200; 0 = as fast as possible)")
    int rate;

    @Option(names = "--clients", defaultValue = "8", description = "client threads (default 8)")
    int clients;

    @Option(names = "--warm-up", defaultValue = "3000", description = "untimed requests first, one at a time (default "
            + "3000), then rounds of 1000 sent as the timed run sends them until a round in which the JIT compiler is "
            + "nearly idle (0: no warm-up)")
    int warmUp;

    @Option(names = "--warm-up-seconds", defaultValue = "120", description = "stop warming up after this long (default 120)")
    int warmUpSeconds;

    @Option(names = "--max-seconds", defaultValue = "60", description = "stop the timed run after this long (default 60)")
    int maxSeconds;

    @Option(names = "--record-in", paramLabel = "DIR", description = "record every answer as serve does, in an H2 "
            + "receipt database in DIR (use an empty folder: the run adds a receipt per request); without it nothing"
            + " is recorded")
    Path recordIn;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!endpoint.equals("check") && !endpoint.equals("explain")) {
            throw new InputException("--endpoint must be check or explain");
        }
        if (requests < 1 || requests > 100_000 || clients < 1 || clients > 64 || rate < 0 || maxSeconds < 1
                || maxSeconds > 600 || warmUp < 0 || warmUpSeconds < 1 || warmUpSeconds > 600) {
            throw new InputException("--requests 1..100000, --clients 1..64, --rate 0 or more, --max-seconds 1..600,"
                    + " --warm-up 0 or more, --warm-up-seconds 1..600");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!bodyMode.equals("one") && !bodyMode.equals("all")) {
            throw new InputException("--body must be one or all");
        }
        byte[] body = LoadBench.requestBody(file, placementId, bodyMode.equals("all"));
        // the access log line per request would measure the terminal, not the service
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("placementreview.http.access"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Map<Role, String> generated = Tokens.generate(new SecureRandom());
        RuleFolder folder = rules.folder();
        ReviewService service = new ReviewService(rules.load());
        ReceiptStore store = recordIn == null ? null : new ReceiptStore(Database.open(DatabaseUrl.resolve(
                "jdbc:h2:file:" + recordIn.toAbsolutePath().resolve("serve-bench"), System.getenv()), 8));
        WebServer server = new WebServer(service, RuleSources.of(folder), Tokens.ofGenerated(generated),
                new WebServer.Settings("127.0.0.1", 0, 64L * 1024 * 1024, Runtime.getRuntime().availableProcessors()),
                PolicyAlternatives.none(folder, service.rulebase()), store == null ? null
                        : new WebServer.Receipts(store, folder, new ReplayCommand.CommandReplayer()));
        try {
            server.start();
            URI uri = URI.create(server.url() + "api/" + endpoint + "?placement=" + placementId);
            LoadBench bench = new LoadBench(uri, generated.get(Role.SOCIAL_WORKER), body);
            LoadBench.WarmUp warm = bench.warmUp(warmUp, rate, clients, Duration.ofSeconds(warmUpSeconds));
            if (warm.failed() == warm.sent() && warm.sent() > 0) {
                throw new InputException("every warm-up request failed: is " + placementId + " in " + file + "?");
            }
            out.println(warm.describe());
            out.printf("POST /api/%s for %s, body %d bytes (%s), %d cores, %d client threads, %s, %s%n", endpoint,
                    placementId, body.length, bodyMode.equals("one") ? "that placement only" : "the whole file",
                    Runtime.getRuntime().availableProcessors(), clients,
                    rate > 0 ? "target " + rate + " requests/s" : "as fast as possible",
                    store == null ? "not recorded" : "every answer recorded in " + store.database().url().display());
            LoadBench.print(out, "measured", bench.run(requests, rate, clients, Duration.ofSeconds(maxSeconds)));
        } finally {
            server.stop();
            if (store != null) {
                store.close();
            }
        }
        return PlacementReviewCommand.OK;
    }
}
