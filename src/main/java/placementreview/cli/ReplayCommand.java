package placementreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import placementreview.engine.BuildInfo;
import placementreview.engine.RuleFolder;
import placementreview.engine.RulebaseLoader;
import placementreview.io.CaseSource;
import placementreview.io.Sha256;
import placementreview.report.ReplayText;
import placementreview.store.OutputDiff;
import placementreview.store.Receipt;
import placementreview.store.ReceiptStore;
import placementreview.store.ReplayResult;
import placementreview.store.Replayer;
import placementreview.store.StoreException;
import placementreview.store.StoredInput;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run a receipt: rebuild its rule folder from the stored files, run the stored command on the "
                + "stored input, compare the output's SHA-256. Exit 0 identical, 1 different (first difference "
                + "named), 2 when it cannot be replayed (e.g. purged).")
final class ReplayCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "ID", description = "the receipt id (or its first 8 or more characters)")
    String id;

    @Override
    public Integer call() {
        try (ReceiptStore store = database.open()) {
            ReplayResult result = new CommandReplayer().replay(store, id);
            spec.commandLine().getOut().print(ReplayText.render(result));
            spec.commandLine().getOut().flush();
            return result.outcome() == ReplayResult.Outcome.DIFFERENT ? PlacementReviewCommand.SOME_REJECTED
                    : PlacementReviewCommand.OK;
        }
    }

    /** Replays by re-running the command line's own commands in this process: also what serve hands its API. */
    static final class CommandReplayer implements Replayer {
        @Override
        public ReplayResult replay(ReceiptStore store, String id) {
            Receipt r = store.find(id).orElseThrow(() -> new StoreException("no receipt " + id + " in "
                    + store.database().url().display())).receipt();
            List<StoredInput> inputs = store.inputs(r.id());
            var recorded = store.output(r.id());
            if (r.purged() || recorded.isEmpty() || inputs.stream().anyMatch(i -> i.content() == null)) {
                throw new StoreException("receipt " + r.id() + " was purged" + (r.purgedAt() == null ? ""
                        : " on " + r.purgedAt().toString().substring(0, 10)) + ": its stored input and output were "
                        + "deleted (children's data), so it cannot be replayed; its hashes remain (see receipt "
                        + r.id() + ")");
            }
            String tool = BuildInfo.toolVersion();
            byte[] replayed;
            try {
                replayed = rerun(store, r, inputs, store.ruleFiles(r.id()));
            } catch (IOException e) {
                throw new StoreException("receipt " + r.id() + " could not be re-run: " + e.getMessage(), e);
            }
            String sha256 = Sha256.of(replayed);
            if (sha256.equals(r.outputSha256())) {
                return new ReplayResult(r, ReplayResult.Outcome.IDENTICAL, sha256, tool, null);
            }
            OutputDiff.Difference d = OutputDiff.first(recorded.get(), replayed,
                    r.toolVersion().equals(tool) ? Set.of() : Set.of("toolVersion"));
            return new ReplayResult(r, d == null ? ReplayResult.Outcome.IDENTICAL_APART_FROM_TOOL_VERSION
                    : ReplayResult.Outcome.DIFFERENT, sha256, tool, d);
        }
    }

    /** Runs the stored command line in this process, on the stored input and rebuilt rule folder. */
    private static byte[] rerun(ReceiptStore store, Receipt r, List<StoredInput> inputs, SortedMap<String, byte[]> ruleFiles) throws IOException {
        Path folder = Files.createTempDirectory("placement-review-replay-");
        try {
            for (var file : ruleFiles.entrySet()) {
                Path target = folder.resolve(file.getKey()).normalize();
                if (!target.startsWith(folder)) {
                    throw new StoreException("receipt " + r.id() + " names a rule file outside its folder: "
                            + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            RuleFolder restored = RuleFolder.restored(folder, r.ruleFolder());
            if (!RulebaseLoader.version(restored).equals(r.rulebaseVersion())) {
                throw new StoreException("receipt " + r.id() + ": the stored rule files do not hash to its rulebase "
                        + r.rulebaseVersion() + "; the receipt is damaged");
            }
            List<CaseSource> sources = inputs.stream()
                    .map(i -> CaseSource.bytes(i.name(), i.csv(), i.content())).toList();
            StringWriter output = new StringWriter();
            StringWriter errors = new StringWriter();
            int code = PlacementReviewCommand.execute(r.arguments().toArray(String[]::new), new PrintWriter(output),
                    new PrintWriter(errors), new ReplayFactory(sources, restored, r.id(), store));
            if (code == PlacementReviewCommand.UNUSABLE) {
                throw new StoreException("receipt " + r.id() + " could not be re-run: " + errors.toString().strip());
            }
            return output.toString().getBytes(StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }

    /**
     * Makes the commands as usual, except that their inputs, rules and receipt id come from the receipt, and a
     * review's "since the last panel" is read from the receipt's database.
     */
    private record ReplayFactory(List<CaseSource> sources, RuleFolder rules, String receiptId, ReceiptStore store)
            implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof CaseOptions cases) {
                cases.stored = sources;
            } else if (made instanceof RulesOption option) {
                option.restored = rules;
            } else if (made instanceof RecordOptions recording) {
                recording.replayId = receiptId;
                recording.replayStore = store;
            }
            return made;
        }
    }
}
