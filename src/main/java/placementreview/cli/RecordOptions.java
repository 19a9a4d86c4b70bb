package placementreview.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import placementreview.engine.Rulebase;
import placementreview.io.InputException;
import placementreview.model.CaseFile;
import placementreview.report.Format;
import placementreview.report.ReceiptStamp;
import placementreview.report.Report;
import placementreview.review.ReviewService;
import placementreview.store.PanelCycle;
import placementreview.store.ReceiptIds;
import placementreview.store.ReceiptStore;
import placementreview.store.Recorder;
import placementreview.store.Shown;
import placementreview.store.Timing;

/**
 * --record (and --db): store the run as a receipt, in one transaction, its id on stderr and as {@code receipt.id}
 * in JSON output. The database is opened while the rules compile and the review runs (it costs about as much as a
 * JVM start); an unusable one stops the run with exit 2 before any output, so a run asked to be recorded is never
 * left unrecorded: if recording fails, no output is written.
 */
final class RecordOptions {
    /** Options that say where the output and receipt go, not what the run computes: left out of the receipt. */
    private static final List<String> NOT_STORED = List.of("--record", "--db", "--out");

    @Option(names = "--record", description = "store this run as a receipt (input, rules, output, hashes; see receipts)")
    boolean record;

    @Mixin
    DatabaseOption database;

    /** Set by replay: stamp the output with this receipt id and record nothing. */
    String replayId;

    /** Set by replay: the database the receipt came from (its "since the last panel" is worked out again there). */
    ReceiptStore replayStore;

    private final Instant started = Instant.now();
    private CompletableFuture<ReceiptStore> opening;
    private String id;

    /** The id this run's receipt has (or, in a replay, had): known before the output is written. */
    String receiptId() {
        if (id == null) {
            id = replayId != null ? replayId : ReceiptIds.next(started);
        }
        return id;
    }

    /** Whether this run is recorded (or is a replay of a recorded run). */
    boolean recorded() {
        return record || replayId != null;
    }

    /**
     * The panel's cycle over the database this run records into (or, in a replay, was recorded into); null when
     * the run is not recorded.
     */
    PanelCycle panel() {
        if (replayId != null) {
            return replayStore == null ? null : new PanelCycle(replayStore);
        }
        return opening == null ? null : new PanelCycle(store());
    }

    /**
     * Whether a review's output compares it with the last panel: every review recorded from the command line does,
     * and a replay does when the recorded run did.
     */
    boolean comparesWithLastPanel() {
        if (replayId != null) {
            PanelCycle panel = panel();
            return panel != null && panel.comparedWithLastPanel(replayId);
        }
        return opening != null;
    }

    /** Call first: starts opening the receipt database when recording. */
    void open() {
        if (record && replayId == null) {
            opening = CompletableFuture.supplyAsync(() -> {
                long[] start = Timing.start();
                ReceiptStore store = database.open();
                Timing.since(start, "database opened in the background");
                return store;
            });
        }
    }

    private ReceiptStore store() {
        long[] start = Timing.start();
        try {
            ReceiptStore store = opening.join();
            Timing.since(start, "waited for the database to open");
            return store;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Writes the run's output; when recording, stores the receipt first (and names it on stderr), so the output a
     * person sees is exactly the output stored.
     */
    void write(CommandSpec spec, Output output, CaseOptions cases, ReviewService service, CaseFile caseFile,
               Shown shown, Report report, Format format) {
        write(spec, output, cases, service.rulebase(), Recorder.Read.of(caseFile), null, shown, report, format);
    }

    /** As above, for any run: what it read, and for a what-if its changed policy (else null). */
    void write(CommandSpec spec, Output output, CaseOptions cases, Rulebase rulebase, Recorder.Read read,
               Recorder.Changed changed, Shown shown, Report report, Format format) {
        PrintWriter terminal = spec.commandLine().getOut();
        ReceiptStore store = opening == null ? null : store();
        if (store == null && replayId == null) {
            output.write(terminal, report, format);
            return;
        }
        String id = receiptId();
        StringWriter rendered = new StringWriter();
        try {
            report.write(format, rendered);
        } catch (java.io.IOException e) {
            throw new InputException("cannot render the output: " + e.getMessage());
        }
        String text = format == Format.JSON ? ReceiptStamp.stamp(rendered.toString(), id) : rendered.toString();
        if (store != null) {
            try (ReceiptStore open = store) {
                new Recorder(open).record(new Recorder.Run(id, started, spec.name(), arguments(spec), format.label(),
                        read, cases.storedInputs(), rulebase, cases.rules.folder(),
                        text.getBytes(StandardCharsets.UTF_8), "os-user " + System.getProperty("user.name"), shown,
                        changed));
            }
        }
        output.write(terminal, new Report(report.name(), Map.of(format, writer -> writer.write(text))), format);
        if (store != null) {
            spec.commandLine().getErr().println("placement-review: recorded receipt " + id);
            spec.commandLine().getErr().flush();
        }
    }

    /** The command line as run, without the options that only say where things go. */
    static List<String> arguments(CommandSpec spec) {
        List<String> original = spec.root().commandLine().getParseResult().originalArgs();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            String arg = original.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (NOT_STORED.contains(name)) {
                if (!arg.contains("=") && !arg.equals("--record")) {
                    i++; // its value
                }
                continue;
            }
            kept.add(arg);
        }
        return kept;
    }
}
