package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.engine.Evaluation;
import placementreview.engine.PlacementEvaluator;
import placementreview.model.CaseFile;
import placementreview.model.FinancialYear;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.testing.TestRules;

class ExplainTextTest {
    @Test
    void aRuleThatFiresTwiceShowsEachFindingOnceUnderItsOwnFiring() {
        // SD-40 fires for two routes (in-house foster and IFA): two firings, one candidate finding under each
        Placement p = placement().build();
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        Evaluation e = new PlacementEvaluator(TestRules.rulebase()).evaluate(p, new ReviewContext(asOf,
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        CaseFile caseFile = new CaseFile("A", asOf, FinancialYear.containing(asOf), null, List.of(p), List.of());
        String text = ExplainText.render(e, TestRules.service().savingsPlan(caseFile, e, 1), caseFile, "test");
        String[] chunks = text.split("\n(?=\\d+\\. )");
        List<String> sd40 = java.util.Arrays.stream(chunks).filter(c -> c.matches("(?s)\\d+\\. SD-40 .*")).toList();
        assertThat(sd40).hasSize(2);
        for (String firing : sd40) {
            assertThat(firing.split("finding: ", -1)).as(firing).hasSize(2);
        }
        assertThat(sd40).anySatisfy(f -> assertThat(f).contains("candidate: Residential to in-house foster care"))
                .anySatisfy(f -> assertThat(f).contains("candidate: Residential to specialist (therapeutic) IFA"));
    }
}
