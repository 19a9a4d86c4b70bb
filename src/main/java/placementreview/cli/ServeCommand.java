package placementreview.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.http.Role;
import placementreview.http.Tokens;
import placementreview.http.WebServer;
import placementreview.io.InputException;
import placementreview.review.PolicyAlternatives;
import placementreview.review.ReviewService;
import placementreview.store.ReceiptStore;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the web service: the panel's, the social worker's and the auditor's pages and the JSON API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--port", defaultValue = "8080", description = "port to listen on (default 8080; 0 = any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default 127.0.0.1: this machine only)")
    String host;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "bearer tokens, one 'TOKEN ROLE' a line (roles: panel, social-worker, auditor); "
                    + "default: one random token per role, printed at start")
    Path tokensFile;

    @Mixin
    DatabaseOption database;

    @Option(names = "--no-receipts", description = "answer without recording receipts (default: every review, check "
            + "and explain is recorded in the receipt database)")
    boolean noReceipts;

    @Option(names = "--max-body-mb", defaultValue = "20", description = "largest case file accepted, MB (default 20)")
    int maxBodyMb;

    @Option(names = "--alternative", paramLabel = "NAME=DIR",
            description = "a rule folder the panel and auditors may compare a caseload against by NAME "
                    + "(POST /api/what-if?against=NAME); repeatable; loaded and checked at start")
    List<String> alternatives = List.of();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (maxBodyMb < 1 || port < 0 || port > 65_535) {
            throw new InputException("--max-body-mb must be 1 or more and --port 0 to 65535");
        }
        Map<Role, String> generated = tokensFile == null ? Tokens.generate(new SecureRandom()) : Map.of();
        Tokens tokens = tokensFile == null ? Tokens.ofGenerated(generated) : Tokens.load(tokensFile);
        RuleFolder folder = rules.folder();
        ReviewService service = new ReviewService(rules.load());
        PolicyAlternatives named = PolicyAlternatives.load(folder, service.rulebase(), alternatives);
        ReceiptStore store = noReceipts ? null : database.open(8);
        WebServer.Receipts receipts = store == null ? null
                : new WebServer.Receipts(store, folder, new ReplayCommand.CommandReplayer());
        WebServer server = new WebServer(service, RuleSources.of(folder), tokens, new WebServer.Settings(host, port,
                maxBodyMb * 1024L * 1024L, Runtime.getRuntime().availableProcessors()), named, receipts).start();
        StopSignal stop = new StopSignal().install();
        out.println("placement-review serving " + server.url() + " (rulebase " + service.rulebase().version() + ")");
        named.versions().forEach((name, version) -> out.println("  what-if alternative " + name + ": rulebase "
                + version));
        out.println(store == null ? "Receipts: not recorded (--no-receipts)"
                : "Receipts: recorded in " + store.database().url().display());
        if (!generated.isEmpty()) {
            out.println("Tokens for this run only (give --tokens FILE to fix them):");
            generated.forEach((role, token) -> out.printf("  %-14s %s%n", role.label(), token));
        }
        out.println("Stop with Ctrl-C (SIGTERM): requests in flight get up to "
                + WebServer.Settings.STOP_TIMEOUT.toSeconds() + " s to finish.");
        out.flush();
        stop.await();
        out.println("Stopping: no new connections; finishing the requests in flight.");
        out.flush();
        server.stop();
        if (store != null) {
            store.close();
        }
        out.println("Stopped.");
        out.flush();
        return PlacementReviewCommand.OK;
    }
}
