package placementreview.testing;

import java.nio.file.Path;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.review.ReviewService;

/** The project's rules/ folder, compiled once per test run and shared by every test. */
public final class TestRules {
    private static Rulebase rulebase;

    private TestRules() {
    }

    public static synchronized Rulebase rulebase() {
        if (rulebase == null) {
            rulebase = RulebaseLoader.load(RuleFolder.of(Path.of("rules")));
        }
        return rulebase;
    }

    public static ReviewService service() {
        return new ReviewService(rulebase());
    }
}
