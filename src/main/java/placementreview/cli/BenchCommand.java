package placementreview.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import placementreview.review.ReviewService;
import placementreview.tools.Benchmark;
import placementreview.tools.BenchmarkText;
import placementreview.tools.DemoAuthorityGenerator;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the review at scale: N synthetic placements, (a) read + validate, (b) full review "
                + "with JSON; wall time, placements per second and heap. Run with e.g. java -Xmx1g -jar ...")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Option(names = "--count", defaultValue = "100000", description = "number of placements (default 100000)")
    int count;

    @Option(names = "--seed", defaultValue = "" + DemoAuthorityGenerator.DEFAULT_SEED, description = "random seed")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--check-one-thread", description = "run (b) again on one thread and compare the JSON")
    boolean checkOneThread;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            throw new placementreview.io.InputException("--count must be 1 or more");
        }
        Benchmark.Result result = new Benchmark(new ReviewService(rules.load())).run(count, seed,
                Threads.of(threads), checkOneThread);
        spec.commandLine().getOut().print(BenchmarkText.render(result));
        spec.commandLine().getOut().flush();
        return PlacementReviewCommand.OK;
    }
}
