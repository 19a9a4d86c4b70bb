package placementreview.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.KieRuntimeEventManager;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;

/**
 * Records every rule firing of one evaluation, in firing order: the decision trace auditors read. Each entry keeps
 * the facts that firing's consequence inserted, so a finding is listed under the one firing that made it (a rule that
 * fires twice has two entries, each with its own finding). {@link #attachTo} listens to both the firings and the
 * insertions. A reused session keeps one recorder and {@link #start starts} it afresh for each placement.
 */
final class TraceRecorder extends DefaultAgendaEventListener {
    private String placementId;
    private final List<TraceEntry> entries = new ArrayList<>();
    /** What the consequence now running has inserted; null between firings (facts inserted from outside). */
    private List<Object> inserting;

    TraceRecorder(String placementId) {
        this.placementId = placementId;
    }

    /** Listens to a session's firings and to the facts each firing inserts. */
    void attachTo(KieRuntimeEventManager session) {
        session.addEventListener(this);
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (inserting != null) {
                    inserting.add(event.getObject());
                }
            }
        });
    }

    /** Forgets the entries recorded so far; what follows is recorded for this placement. */
    void start(String placementId) {
        this.placementId = placementId;
        entries.clear();
        inserting = null;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        inserting = new ArrayList<>();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        List<Object> inserted = inserting == null ? List.of() : List.copyOf(inserting);
        inserting = null;
        entries.add(new TraceEntry(RuleMetadata.id(rule), rule.getName(), RuleMetadata.policy(rule), placementId,
                MatchedValues.of(event.getMatch()), inserted));
    }

    List<TraceEntry> entries() {
        return List.copyOf(entries);
    }
}
