package placementreview.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import placementreview.model.Capacity;
import placementreview.model.Finding;
import placementreview.model.PlacementSummary;
import placementreview.model.ReviewContext;

/** Runs the portfolio rules once over the summaries of every placement (provider concentration, capacity...). */
public final class PortfolioEvaluator {
    private final PlacementEvaluator sessions;
    private final Rulebase rulebase;

    public PortfolioEvaluator(Rulebase rulebase) {
        this.rulebase = rulebase;
        this.sessions = new PlacementEvaluator(rulebase);
    }

    public PortfolioResult evaluate(List<PlacementSummary> summaries, Capacity capacity, ReviewContext context,
                                    List<Finding> placementFindings) {
        List<Object> facts = new ArrayList<>(rulebase.reference().facts());
        facts.add(context);
        facts.add(capacity);
        facts.addAll(summaries);
        facts.addAll(placementFindings);
        PlacementEvaluator.Run run = sessions.run(facts, null);
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(placementFindings);
        List<Finding> caseload = run.findings().stream().filter(f -> !given.contains(f)).toList();
        return new PortfolioResult(caseload, run.trace());
    }

    public record PortfolioResult(List<Finding> findings, List<TraceEntry> trace) {
    }
}
