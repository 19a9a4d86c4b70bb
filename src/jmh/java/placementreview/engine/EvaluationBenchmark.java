package placementreview.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import placementreview.model.CaseFile;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.review.ReviewService;

/**
 * One placement's evaluation (the demo's most expensive placement, untraced, in a reused session as a review runs
 * it), with the packaged rules compiled from DRL at run time (MVEL constraints) and from the executable model built
 * with the jar (lambdas). Run on demand: {@code mvn -o -Pjmh test-compile exec:exec@jmh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
    @Param({"drl", "model"})
    public String rules;

    private PlacementSession session;
    private Placement placement;
    private ReviewContext context;

    @Setup(Level.Trial)
    public void setUp() {
        Rulebase rulebase = RulebaseLoader.load(RuleFolder.packaged(), Optional.empty(), "model".equals(rules));
        ReviewService service = new ReviewService(rulebase);
        CaseFile demo = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        placement = demo.placements().stream().max(java.util.Comparator.comparing(Placement::getWeeklyCost))
                .orElseThrow();
        context = ReviewService.contextOf(demo);
        session = new PlacementSession(rulebase, FindingDetail.TITLES, context, List.of());
    }

    @Benchmark
    public Evaluation evaluateOnePlacement() {
        return session.evaluate(placement, context);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }
}
