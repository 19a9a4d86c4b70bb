package placementreview.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import placementreview.engine.BuildInfo;
import placementreview.engine.RuleFolder;
import placementreview.engine.RulebaseLoader;
import placementreview.engine.Rulebase;
import placementreview.io.Sha256;
import placementreview.model.CaseFile;
import placementreview.model.Rejection;
import placementreview.review.Review;

/**
 * Turns one finished run into a receipt: reads the rule folder's files and checks they are the ones the run used
 * (their hash is the rulebase version), checks the stored inputs are the bytes the run read, and stores it all.
 */
public final class Recorder {
    private final ReceiptStore store;

    public Recorder(ReceiptStore store) {
        this.store = store;
    }

    /**
     * One finished run, as the CLI or the service saw it; {@code changed} is a what-if's changed policy, else null.
     */
    public record Run(String id, Instant startedAt, String command, List<String> arguments, String format,
                      Read read, List<StoredInput> inputs, Rulebase rulebase, RuleFolder folder,
                      byte[] output, String runBy, Shown shown, Changed changed) {
        public Run(String id, Instant startedAt, String command, List<String> arguments, String format,
                   CaseFile caseFile, List<StoredInput> inputs, Rulebase rulebase, RuleFolder folder, byte[] output,
                   String runBy, Shown shown) {
            this(id, startedAt, command, arguments, format, Read.of(caseFile), inputs, rulebase, folder, output,
                    runBy, shown, null);
        }
    }

    /** What the run read: the review date, authority, placements reviewed, records rejected, input hash. */
    public record Read(LocalDate asOf, String authority, int reviewed, int rejected, String inputSha256) {
        public static Read of(CaseFile caseFile) {
            return new Read(caseFile.asOf(), caseFile.authority(), caseFile.placements().size(),
                    rejectedRecords(caseFile.rejected()), caseFile.inputSha256());
        }

        /** A review's reading of its case files (a what-if's base review). */
        public static Read of(Review review) {
            return new Read(review.asOf(), review.authority(), review.ranked().size(),
                    rejectedRecords(review.rejected()), review.inputSha256());
        }
    }

    /**
     * A what-if's changed policy: its rulebase, the folder its files come from and the parameters set on it in
     * memory ("NAME=VALUE", empty for a folder loaded as it is).
     */
    public record Changed(Rulebase rulebase, RuleFolder folder, List<String> settings) {
    }

    public void record(Run run) {
        long[] start = Timing.start();
        SortedMap<String, byte[]> files = ruleFiles(run.folder(), run.rulebase().version());
        var digest = Sha256.digest();
        run.inputs().forEach(i -> digest.update(i.content()));
        String inputSha256 = Sha256.hex(digest);
        if (!inputSha256.equals(run.read().inputSha256())) {
            throw new StoreException("the case file changed while the run read it; nothing was recorded");
        }
        Read read = run.read();
        Timing.since(start, "rule files and inputs read and hashed");
        long durationMs = Math.max(0, Instant.now().toEpochMilli() - run.startedAt().toEpochMilli());
        store.record(new NewReceipt(run.id(), Instant.now(), run.command(), run.arguments(), run.format(),
                read.asOf(), read.authority(), BuildInfo.toolVersion(), BuildInfo.javaVersion(),
                BuildInfo.droolsVersion(), run.rulebase().version(), run.folder().label(), files, run.inputs(),
                inputSha256, run.output(), Sha256.of(run.output()), read.reviewed(), read.rejected(), run.runBy(),
                durationMs, run.shown(), changed(run.changed())));
    }

    /**
     * The changed policy as stored. Its files must hash to its rulebase when loaded as they are; with parameters set,
     * the rulebase is the files' own with the settings applied, and replay re-applies them.
     */
    private static NewReceipt.ChangedRules changed(Changed changed) {
        if (changed == null) {
            return null;
        }
        SortedMap<String, byte[]> files = ruleFiles(changed.folder(),
                changed.settings().isEmpty() ? changed.rulebase().version() : null);
        return new NewReceipt.ChangedRules(changed.rulebase().version(), changed.folder().label(), files,
                List.copyOf(changed.settings()));
    }

    /** Records rejected (a record with several problems counts once), as the terminal message counts them. */
    private static int rejectedRecords(List<Rejection> rejected) {
        return (int) rejected.stream().map(r -> r.file() + "\u0000" + r.id()).distinct().count();
    }

    /** A case file's bytes, to store with the receipt. */
    public static StoredInput input(String name, boolean csv, byte[] content) {
        return new StoredInput(name, csv, Sha256.of(content), content.length, content);
    }

    /**
     * The folder's files, checked to be the ones the run loaded (they hash to {@code version}; null: not checked).
     */
    private static SortedMap<String, byte[]> ruleFiles(RuleFolder folder, String version) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Path file : folder.files()) {
                files.put(folder.relative(file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (version != null && !RulebaseLoader.version(files).equals(version)) {
            throw new StoreException("the rule files changed while the run used them; nothing was recorded");
        }
        return files;
    }
}
