package placementreview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.engine.PortfolioEvaluator;
import placementreview.model.Capacity;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.PlacementSummary;
import placementreview.model.PlacementType;
import placementreview.model.ReviewContext;
import placementreview.testing.PlacementBuilder;
import placementreview.testing.TestRules;

/** Boundary pairs for the provider rules: PF-01 at 4 placements, PF-02 at 10% of spend, PF-03 at 3 children. */
class PortfolioRulesTest {
    private static final ReviewContext CONTEXT = new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31));

    @Test
    void pf01AtFourPlacementsWithOneProvider() {
        assertThat(fired(withProvider("PRV-1", 4, "1000.00"), "PF-01")).hasSize(1);
        assertThat(fired(withProvider("PRV-1", 3, "1000.00"), "PF-01")).isEmpty();
    }

    @Test
    void inHousePlacementsAreNotAProvidersPlacements() {
        List<Placement> inHouse = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inHouse.add(placement().id("P-IH" + i).type(PlacementType.IN_HOUSE_FOSTER).provider("LA", null).build());
        }
        assertThat(fired(inHouse, "PF-01")).isEmpty();
    }

    @Test
    void pf02AtTenPerCentOfSpend() {
        List<Placement> exactlyTen = new ArrayList<>(withProvider("PRV-BIG", 1, "1000.00"));
        exactlyTen.addAll(inHouse("9000.00"));
        assertThat(fired(exactlyTen, "PF-02")).hasSize(1);
        List<Placement> below = new ArrayList<>(withProvider("PRV-BIG", 1, "999.99"));
        below.addAll(inHouse("9000.00"));
        assertThat(fired(below, "PF-02")).isEmpty();
    }

    @Test
    void pf03AtThreeChildrenWithOneProviderTypeAndBand() {
        List<Placement> three = withProvider("PRV-1", 3, "1000.00");
        assertThat(fired(three, "PF-03")).hasSize(1);
        assertThat(fired(withProvider("PRV-1", 2, "1000.00"), "PF-03")).isEmpty();
        List<Placement> mixedBands = new ArrayList<>(withProvider("PRV-1", 2, "1000.00"));
        mixedBands.add(placement().id("P-OTHER").type(PlacementType.IFA).provider("PRV-1", false).core("1000.00")
                .need(DstDomain.MOBILITY, DstLevel.MODERATE).build());
        assertThat(fired(mixedBands, "PF-03")).isEmpty();
    }

    @Test
    void pf05AtTenThousandAWeek() {
        assertThat(fired(withProvider("PRV-1", 1, "10000.00"), "PF-05")).hasSize(1);
        assertThat(fired(withProvider("PRV-1", 1, "9999.99"), "PF-05")).isEmpty();
    }

    @Test
    void pf04ReportsTheTopShareWheneverThereArePlacements() {
        assertThat(fired(withProvider("PRV-1", 1, "1000.00"), "PF-04")).hasSize(1);
        assertThat(fired(List.of(), "PF-04")).isEmpty();
    }

    private static List<Placement> withProvider(String ref, int count, String core) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(placement().id(ref + "-" + i).type(PlacementType.IFA).provider(ref, false).core(core)
                    .need(DstDomain.SEIZURES, DstLevel.SEVERE).build());
        }
        return out;
    }

    private static List<Placement> inHouse(String core) {
        return List.of(placement().id("P-IH").type(PlacementType.IN_HOUSE_CHILDRENS_HOME).provider("LA", null)
                .core(core).build());
    }

    private static List<Finding> fired(List<Placement> placements, String ruleId) {
        List<PlacementSummary> summaries = PlacementSummary.rankedByCost(placements);
        return new PortfolioEvaluator(TestRules.rulebase()).evaluate(summaries, Capacity.UNKNOWN, CONTEXT, List.of())
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
