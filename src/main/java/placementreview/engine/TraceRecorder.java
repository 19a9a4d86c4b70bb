package placementreview.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records every rule firing of one evaluation, in firing order: the decision trace auditors read. A reused session
 * keeps one recorder and {@link #start starts} it afresh for each placement.
 */
final class TraceRecorder extends DefaultAgendaEventListener {
    private String placementId;
    private final List<TraceEntry> entries = new ArrayList<>();

    TraceRecorder(String placementId) {
        this.placementId = placementId;
    }

    /** Forgets the entries recorded so far; what follows is recorded for this placement. */
    void start(String placementId) {
        this.placementId = placementId;
        entries.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        entries.add(new TraceEntry(RuleMetadata.id(rule), rule.getName(), RuleMetadata.policy(rule), placementId,
                MatchedValues.of(event.getMatch())));
    }

    List<TraceEntry> entries() {
        return List.copyOf(entries);
    }
}
