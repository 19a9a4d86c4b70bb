package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.model.Finding;
import placementreview.model.ReviewContext;
import placementreview.model.StepDownCandidate;
import placementreview.testing.TestRules;

/** The trace is exact: each finding is listed under the one firing that inserted it. */
class TraceTest {
    private static final ReviewContext CONTEXT = new ReviewContext(LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

    @Test
    void aRuleFiringTwiceListsEachFindingUnderItsOwnFiring() {
        // the default placement (a £5,000 children's home) is a candidate for two routes: SD-40 fires twice
        Evaluation e = new PlacementEvaluator(TestRules.rulebase()).evaluate(placement().build(), CONTEXT);
        List<TraceEntry> firings = e.trace().stream().filter(t -> t.ruleId().equals("SD-40")).toList();
        assertThat(firings).hasSize(2);
        for (TraceEntry firing : firings) {
            assertThat(firing.findings()).hasSize(1);
            StepDownCandidate made = (StepDownCandidate) firing.findings().get(0);
            assertThat(firing.matched().get("route")).startsWith("route " + made.getRouteName() + " ");
        }
        assertThat(firings.get(0).findings().get(0)).isNotSameAs(firings.get(1).findings().get(0));
        List<Finding> sd40 = e.findings().stream().filter(f -> f.ruleId().equals("SD-40")).toList();
        assertThat(firings.stream().flatMap(t -> t.findings().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(sd40);
    }

    @Test
    void everyFindingIsUnderExactlyOneFiringOfItsRule() {
        Evaluation e = new PlacementEvaluator(TestRules.rulebase()).evaluate(placement().core("7000.00")
                .additionalStaffing("1800.00").build(), CONTEXT);
        for (Finding f : e.findings()) {
            List<TraceEntry> under = e.trace().stream().filter(t -> t.findings().stream().anyMatch(x -> x == f))
                    .toList();
            assertThat(under).as(f.ruleId() + " " + f.title()).hasSize(1);
            assertThat(under.get(0).ruleId()).isEqualTo(f.ruleId());
        }
    }
}
