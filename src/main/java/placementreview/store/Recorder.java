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

/**
 * Turns one finished run into a receipt: reads the rule folder's files and checks they are the ones the run used
 * (their hash is the rulebase version), checks the stored inputs are the bytes the run read, and stores it all.
 */
public final class Recorder {
    private final ReceiptStore store;

    public Recorder(ReceiptStore store) {
        this.store = store;
    }

    /** One finished run, as the CLI or the service saw it. */
    public record Run(String id, Instant startedAt, String command, List<String> arguments, String format,
                      CaseFile caseFile, List<StoredInput> inputs, Rulebase rulebase, RuleFolder folder,
                      byte[] output, String runBy, Shown shown) {
    }

    public void record(Run run) {
        SortedMap<String, byte[]> files = ruleFiles(run.folder());
        if (!RulebaseLoader.version(files).equals(run.rulebase().version())) {
            throw new StoreException("the rule files changed while the run used them; nothing was recorded");
        }
        var digest = Sha256.digest();
        run.inputs().forEach(i -> digest.update(i.content()));
        String inputSha256 = Sha256.hex(digest);
        if (!inputSha256.equals(run.caseFile().inputSha256())) {
            throw new StoreException("the case file changed while the run read it; nothing was recorded");
        }
        CaseFile caseFile = run.caseFile();
        LocalDate asOf = caseFile.asOf();
        long durationMs = Math.max(0, Instant.now().toEpochMilli() - run.startedAt().toEpochMilli());
        store.record(new NewReceipt(run.id(), Instant.now(), run.command(), run.arguments(), run.format(), asOf,
                caseFile.authority(), BuildInfo.toolVersion(), BuildInfo.javaVersion(), BuildInfo.droolsVersion(),
                run.rulebase().version(), run.folder().label(), files, run.inputs(), inputSha256, run.output(),
                Sha256.of(run.output()), caseFile.placements().size(), rejectedRecords(caseFile), run.runBy(),
                durationMs, run.shown()));
    }

    /** Records rejected (a record with several problems counts once), as the terminal message counts them. */
    private static int rejectedRecords(CaseFile caseFile) {
        return (int) caseFile.rejected().stream().map(r -> r.file() + "\u0000" + r.id()).distinct().count();
    }

    /** A case file's bytes, to store with the receipt. */
    public static StoredInput input(String name, boolean csv, byte[] content) {
        return new StoredInput(name, csv, Sha256.of(content), content.length, content);
    }

    private static SortedMap<String, byte[]> ruleFiles(RuleFolder folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Path file : folder.files()) {
                files.put(folder.relative(file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
