package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import placementreview.model.Apportionment;
import placementreview.model.CaseFile;
import placementreview.model.Finding;
import placementreview.model.LeanFinding;
import placementreview.model.MarketRate;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.model.StepDownCandidate;
import placementreview.review.Market;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;
import placementreview.tools.DemoAuthorityGenerator;

/**
 * The reused session gives, placement after placement, exactly what a fresh stateless session per placement gives
 * (findings with their evidence, and the trace), and is emptied back to the reference facts after each placement.
 */
class PlacementSessionTest {
    @Test
    void aReusedSessionGivesTheSameFindingsAndTraceAsAFreshSessionPerPlacement() throws IOException {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(400);
        ReviewContext context = ReviewService.contextOf(caseFile);
        List<MarketRate> market = Market.of(caseFile.placements(), rulebase.reference().needBands());
        int references = rulebase.reference().facts().size() + market.size() + 1; // and the context
        try (PlacementSession traced = new PlacementSession(rulebase, FindingDetail.FULL, context, market);
             PlacementSession untraced = new PlacementSession(rulebase, FindingDetail.TITLES, context, market)) {
            for (Placement p : caseFile.placements()) {
                Evaluation fresh = fresh(rulebase, p, context, market);
                Evaluation reused = traced.evaluate(p, context);
                assertThat(reused.findings()).as(p.id()).isEqualTo(fresh.findings());
                assertThat(reused.trace()).as(p.id()).isEqualTo(fresh.trace());
                assertThat(traced.factCount()).isEqualTo(references);
                Evaluation quick = untraced.evaluate(p, context);
                assertThat(quick.trace()).isEmpty();
                assertThat(quick.findings().stream().map(f -> f.ruleId() + " " + f.title()).toList())
                        .isEqualTo(fresh.findings().stream().map(f -> f.ruleId() + " " + f.title()).toList());
                assertThat(untraced.factCount()).isEqualTo(references);
            }
        }
    }

    @Test
    void aLeanSessionKeepsWhatRankingAndTotalsReadAndTheStepDownRoutesAndFundingSplitWhole() throws IOException {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(200);
        ReviewContext context = ReviewService.contextOf(caseFile);
        List<MarketRate> market = Market.of(caseFile.placements(), rulebase.reference().needBands());
        int leanCount = 0;
        try (PlacementSession titled = new PlacementSession(rulebase, FindingDetail.TITLES, context, market);
             PlacementSession lean = new PlacementSession(rulebase, FindingDetail.LEAN, context, market)) {
            for (Placement p : caseFile.placements()) {
                List<Finding> full = titled.evaluate(p, context).findings();
                List<Finding> kept = lean.evaluate(p, context).findings();
                assertThat(kept).hasSameSizeAs(full);
                for (int i = 0; i < full.size(); i++) {
                    Finding f = full.get(i);
                    Finding k = kept.get(i);
                    assertThat(List.of(k.placementId(), k.ruleId(), k.kind(), k.family()))
                            .isEqualTo(List.of(f.placementId(), f.ruleId(), f.kind(), f.family()));
                    assertThat(k.effect()).isEqualTo(f.effect());
                    assertThat(k.savings()).isEqualTo(f.savings());
                    if (f instanceof StepDownCandidate || f instanceof Apportionment) {
                        assertThat(k).isEqualTo(f);
                    } else {
                        assertThat(k).isInstanceOf(LeanFinding.class);
                        assertThatThrownBy(k::title).hasMessageContaining(f.ruleId()).hasMessageContaining("lean");
                        leanCount++;
                    }
                }
            }
        }
        assertThat(leanCount).isGreaterThan(1000);
    }

    @Test
    void noRuleFiresOnReferenceFactsAndTheContextAlone() throws IOException {
        // the reused session relies on this: a rule matching only reference, market and context facts would fire once
        // per session
        Rulebase rulebase = TestRules.rulebase();
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(null);
        session.addEventListener(trace);
        CaseFile caseFile = demo(200);
        List<Object> facts = new ArrayList<>(rulebase.reference().factsAt(ReviewService.contextOf(caseFile)));
        facts.addAll(Market.of(caseFile.placements(), rulebase.reference().needBands()));
        facts.add(ReviewService.contextOf(caseFile));
        session.execute(facts);
        assertThat(trace.entries()).isEmpty();
    }

    private static Evaluation fresh(Rulebase rulebase, Placement placement, ReviewContext context,
                                    List<MarketRate> market) {
        List<Object> facts = new ArrayList<>(rulebase.reference().factsAt(context));
        facts.addAll(market);
        facts.add(context);
        facts.add(placement);
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(placement.id());
        trace.attachTo(session);
        List<Command<?>> commands = List.of(CommandFactory.newInsertElements(facts), CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(Finding.class::isInstance, "findings"));
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        @SuppressWarnings("unchecked")
        Collection<Object> found = (Collection<Object>) results.getValue("findings");
        List<Finding> findings = found.stream().map(Finding.class::cast).sorted(PlacementEvaluator.FINDING_ORDER)
                .toList();
        return new Evaluation(placement, findings, trace.entries());
    }

    private static CaseFile demo(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoAuthorityGenerator(11L).write(count, out);
        return TestRules.service().read("demo.json", new ByteArrayInputStream(out.toByteArray()), null);
    }
}
