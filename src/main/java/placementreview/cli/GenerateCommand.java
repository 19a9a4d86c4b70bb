package placementreview.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import placementreview.report.OutputFile;
import placementreview.tools.CaseFileCsv;
import placementreview.tools.DemoAuthorityGenerator;
import placementreview.tools.DemoCycle;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic authority's case file (the demo, or N placements for benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "150", description = "number of placements (default 150)")
    int count;

    @Option(names = "--seed", defaultValue = "" + DemoAuthorityGenerator.DEFAULT_SEED, description = "random seed")
    long seed;

    @Option(names = "--cycle-month", paramLabel = "YYYY-MM", description = "the demo authority as it stood at the "
            + "panel of that month of the demo cycle: 2026-09, 2026-10 or 2026-11 (docs/demo-cycle.md); ignores "
            + "--count and --seed")
    YearMonth cycleMonth;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the case file to write (.csv: the CSV twin)")
    Path out;

    @Override
    public Integer call() throws IOException {
        DemoAuthorityGenerator generator = new DemoAuthorityGenerator(seed);
        if (cycleMonth != null) {
            if (!DemoCycle.MONTHS.contains(cycleMonth)) {
                throw new ParameterException(spec.commandLine(), "--cycle-month must be one of "
                        + DemoCycle.MONTHS + ", not " + cycleMonth);
            }
            OutputFile.writeBytes(out, file -> DemoCycle.write(cycleMonth, file));
            return PlacementReviewCommand.OK;
        }
        if (!out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            OutputFile.writeBytes(out, file -> generator.write(count, file));
            return PlacementReviewCommand.OK;
        }
        Path json = Files.createTempFile("placement-review-", ".json");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(json))) {
                generator.write(count, file);
            }
            OutputFile.write(out, csv -> CaseFileCsv.convert(json, csv));
        } finally {
            Files.deleteIfExists(json);
        }
        return PlacementReviewCommand.OK;
    }
}
