package placementreview.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import placementreview.tools.CaseFileCsv;
import placementreview.tools.DemoAuthorityGenerator;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic authority's case file (the demo, or N placements for benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "150", description = "number of placements (default 150)")
    int count;

    @Option(names = "--seed", defaultValue = "" + DemoAuthorityGenerator.DEFAULT_SEED, description = "random seed")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the case file to write (.csv: the CSV twin)")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                new DemoAuthorityGenerator(seed).write(count, file);
            }
            return PlacementReviewCommand.OK;
        }
        Path json = Files.createTempFile("placement-review-", ".json");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(json))) {
                new DemoAuthorityGenerator(seed).write(count, file);
            }
            try (Writer csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                CaseFileCsv.convert(json, csv);
            }
        } finally {
            Files.deleteIfExists(json);
        }
        return PlacementReviewCommand.OK;
    }
}
