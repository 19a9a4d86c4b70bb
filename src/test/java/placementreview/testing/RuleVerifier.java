package placementreview.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import placementreview.engine.Evaluation;
import placementreview.engine.PlacementEvaluator;
import placementreview.engine.PortfolioEvaluator;
import placementreview.engine.Rulebase;
import placementreview.model.Apportionment;
import placementreview.model.Capacity;
import placementreview.model.ComponentAssignment;
import placementreview.model.CostComponent;
import placementreview.model.Finding;
import placementreview.model.Funder;
import placementreview.model.MarketRate;
import placementreview.model.Placement;
import placementreview.model.PlacementSummary;
import placementreview.model.ReviewContext;
import placementreview.review.Market;

/**
 * Given → then tests of one rule over the real rulebase, one placement at a time or over a caseload:
 * <pre>
 * verifyRule("CR-02").given(placement().core("7000")).fires().withWeeklySaving("880.00");
 * verifyRule("AP-01").given(placement().ehcp(true)).assigns(CostComponent.EDUCATION, Funder.EDUCATION);
 * verifyRule("PF-01").givenCaseload(four, placements, with, oneProvider).fires();
 * </pre>
 * An apportionment rule (AP-01..AP-10) assigns a component rather than inserting a finding: its firings are the
 * component assignments carrying its id in the placement's Apportionment.
 */
public final class RuleVerifier {
    private final String ruleId;
    private Rulebase rulebase = TestRules.rulebase();
    private Capacity capacity = Capacity.UNKNOWN;
    private ReviewContext context = new ReviewContext(PlacementBuilder.AS_OF, LocalDate.of(2026, 4, 1),
            LocalDate.of(2027, 3, 31));

    private RuleVerifier(String ruleId) {
        this.ruleId = ruleId;
    }

    public static RuleVerifier verifyRule(String ruleId) {
        return new RuleVerifier(ruleId);
    }

    public RuleVerifier asOf(String date, String yearStart, String yearEnd) {
        context = new ReviewContext(LocalDate.parse(date), LocalDate.parse(yearStart), LocalDate.parse(yearEnd));
        return this;
    }

    /** Another rule folder, e.g. a council's edited copy ({@link TestRules#edited}). */
    public RuleVerifier withRules(Rulebase other) {
        rulebase = other;
        return this;
    }

    /** The authority's in-house capacity, for the caseload rules. */
    public RuleVerifier withCapacity(Capacity value) {
        capacity = value;
        return this;
    }

    public Then given(PlacementBuilder placement) {
        return given(placement.build());
    }

    public Then given(Placement placement) {
        Evaluation evaluation = new PlacementEvaluator(rulebase).evaluate(placement, context);
        List<ComponentAssignment> assignments = evaluation.findings().stream()
                .filter(Apportionment.class::isInstance).map(Apportionment.class::cast)
                .flatMap(a -> a.components().stream()).filter(c -> c.ruleId().equals(ruleId)).toList();
        return new Then(ofRule(evaluation.findings()), assignments);
    }

    /**
     * A caseload: each placement's rules run first (as a review does, seeing the caseload's own market), then the
     * caseload rules over them all; the findings of the rule are the placements' and the caseload's.
     */
    public Then givenCaseload(PlacementBuilder... placements) {
        return givenCaseload(Arrays.stream(placements).map(PlacementBuilder::build).toList());
    }

    public Then givenCaseload(List<Placement> placements) {
        PlacementEvaluator evaluator = new PlacementEvaluator(rulebase);
        List<MarketRate> market = Market.of(placements, rulebase.reference().needBands());
        List<Finding> placementFindings = new ArrayList<>();
        for (Placement p : placements) {
            placementFindings.addAll(evaluator.evaluate(p, context, true, market).findings());
        }
        List<PlacementSummary> summaries = PlacementSummary.rankedByCost(placements, rulebase.reference().needBands());
        List<Finding> caseload = new PortfolioEvaluator(rulebase).evaluate(summaries, capacity, context,
                placementFindings).findings();
        List<Finding> all = new ArrayList<>(placementFindings);
        all.addAll(caseload);
        return new Then(ofRule(all), List.of());
    }

    private List<Finding> ofRule(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** What the rule produced for what was given. */
    public final class Then {
        private final List<Finding> findings;
        private final List<ComponentAssignment> assignments;

        private Then(List<Finding> findings, List<ComponentAssignment> assignments) {
            this.findings = findings;
            this.assignments = assignments;
        }

        public Then fires() {
            assertThat(findings.size() + assignments.size()).as("%s should fire", ruleId).isPositive();
            return this;
        }

        public Then firesTimes(int times) {
            assertThat(findings.size() + assignments.size()).as("%s firings", ruleId).isEqualTo(times);
            return this;
        }

        public void doesNotFire() {
            assertThat(findings).as("%s should not fire", ruleId).isEmpty();
            assertThat(assignments).as("%s should assign nothing", ruleId).isEmpty();
        }

        public Finding finding() {
            assertThat(findings).as("%s should insert a finding", ruleId).isNotEmpty();
            return findings.get(0);
        }

        public List<Finding> findings() {
            return findings;
        }

        /** The rule assigned {@code component} (all of it) to {@code funder}. */
        public Then assigns(CostComponent component, Funder funder) {
            assertThat(assignments).as("%s assignments", ruleId)
                    .anySatisfy(a -> assertThat(a).extracting(ComponentAssignment::component, ComponentAssignment::funder)
                            .containsExactly(component, funder));
            return this;
        }

        public Then assigns(CostComponent component, String pounds, Funder funder) {
            assigns(component, funder);
            assertThat(assignments.stream().filter(a -> a.component() == component).findFirst().orElseThrow().weekly())
                    .isEqualByComparingTo(pounds);
            return this;
        }

        public Then withWeeklySaving(String pounds) {
            assertThat(finding().savings().weekly()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withInYearSaving(String pounds) {
            assertThat(finding().savings().inYear()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withFullYearSaving(String pounds) {
            assertThat(finding().savings().fullYear()).isEqualByComparingTo(new BigDecimal(pounds));
            return this;
        }

        public Then withTitleContaining(String text) {
            assertThat(finding().title()).contains(text);
            return this;
        }

        /** A value the rule matched (the finding's evidence), starting with the given text. */
        public Then withEvidenceStarting(String name, String start) {
            assertThat(finding().evidence()).containsKey(name);
            assertThat(finding().evidence().get(name)).startsWith(start);
            return this;
        }

        /** A value the rule matched, from its finding or (an apportionment rule) its assignment. */
        public Then withEvidence(String name, String value) {
            Map<String, String> evidence = findings.isEmpty() && !assignments.isEmpty()
                    ? assignments.get(0).evidence() : finding().evidence();
            assertThat(evidence).containsEntry(name, value);
            return this;
        }
    }
}
