package placementreview.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import placementreview.model.Capacity;
import placementreview.model.Finding;
import placementreview.model.PlacementSummary;
import placementreview.model.ReviewContext;

/** Runs the portfolio rules once, in one stateless session, over the summaries of every placement. */
public final class PortfolioEvaluator {
    private final Rulebase rulebase;

    public PortfolioEvaluator(Rulebase rulebase) {
        this.rulebase = rulebase;
    }

    public PortfolioResult evaluate(List<PlacementSummary> summaries, Capacity capacity, ReviewContext context,
                                    List<Finding> placementFindings) {
        List<Object> facts = new ArrayList<>(rulebase.reference().facts().size() + summaries.size()
                + placementFindings.size() + 2);
        facts.addAll(rulebase.reference().facts());
        facts.add(context);
        facts.add(capacity);
        facts.addAll(summaries);
        facts.addAll(placementFindings);
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(null);
        session.addEventListener(trace);
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>(placementFindings.size() * 2));
        given.addAll(placementFindings);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(o -> o instanceof Finding && !given.contains(o), "findings"));
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        @SuppressWarnings("unchecked")
        Collection<Object> found = (Collection<Object>) results.getValue("findings");
        List<Finding> caseload = found.stream().map(Finding.class::cast).sorted(PlacementEvaluator.FINDING_ORDER)
                .toList();
        return new PortfolioResult(caseload, trace.entries());
    }

    public record PortfolioResult(List<Finding> findings, List<TraceEntry> trace) {
    }
}
