package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import placementreview.model.CaseFile;
import placementreview.model.Finding;
import placementreview.model.MarketRate;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
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
        int references = rulebase.reference().facts().size() + market.size();
        try (PlacementSession traced = new PlacementSession(rulebase, true, context, market);
             PlacementSession untraced = new PlacementSession(rulebase, false, context, market)) {
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
    void noRuleFiresOnReferenceFactsAlone() throws IOException {
        // the reused session relies on this: a rule matching only reference and market facts would fire once per session
        Rulebase rulebase = TestRules.rulebase();
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(null);
        session.addEventListener(trace);
        List<Object> facts = new ArrayList<>(rulebase.reference().facts());
        facts.addAll(Market.of(demo(200).placements(), rulebase.reference().needBands()));
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
