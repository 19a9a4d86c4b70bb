package placementreview.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;

/**
 * One stateful session reused for placement after placement by one thread, all in one review context. The reference
 * facts and the context are inserted once, when the session is made; for each placement the placement goes in, the
 * rules fire, the findings are collected, and then every fact inserted since (the placement, the findings and any
 * intermediate facts the rules made) is deleted again, so the session is back to holding only the reference facts
 * and the context, and nothing leaks from one placement to the next.
 *
 * <p>Why not a fresh stateless session per placement (what issue 2 first asked for): the findings are the same —
 * each placement still sees exactly the reference facts, one context and itself — but a fresh session rebuilds its
 * node memories and re-inserts the 100-odd reference facts every time, which was about half the rules' cost per
 * placement. This relies on every rule matching the placement or a fact derived from it (no rule fires on the
 * reference facts and the context alone), which {@code PlacementSessionTest} checks, along with identical findings to
 * a fresh session. Not thread-safe: one per thread; {@link #close} disposes it.
 */
final class PlacementSession implements AutoCloseable {
    private final KieSession session;
    private final TraceRecorder trace;
    private final FindingDetail detail;
    private final LeanFindings lean;
    private final List<FactHandle> added = new ArrayList<>();
    private final FiringLimit limit = new FiringLimit(FiringLimit.PLACEMENT_FIRINGS, FiringLimit.PLACEMENT_TIME);
    private final ReviewContext pricedFor;

    /**
     * A session for placements reviewed in one context: the reference facts with every rate at the prices of the
     * context's financial year, and the caseload facts (the council's own market) every placement is compared with;
     * the findings kept in the given detail.
     */
    PlacementSession(Rulebase rulebase, FindingDetail detail, ReviewContext context, List<?> caseloadFacts) {
        this.session = rulebase.kieBase().newKieSession();
        this.detail = detail;
        this.lean = detail == FindingDetail.LEAN ? LeanFindings.of(rulebase) : null;
        this.trace = new TraceRecorder(null);
        this.pricedFor = context;
        for (Object fact : rulebase.reference().factsAt(context)) {
            session.insert(fact);
        }
        for (Object fact : caseloadFacts) {
            session.insert(fact);
        }
        // the context stays for the session's life like the reference facts: inserted and deleted per placement, it
        // rebuilt every rule's partial matches of context and parameters each time
        session.insert(context);
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                added.add(event.getFactHandle());
            }
        });
        if (detail == FindingDetail.FULL) {
            trace.attachTo(session);
        }
        session.addEventListener(limit);
    }

    /** The findings (sorted) and, in full detail, the trace of one placement; the session is emptied afterwards. */
    Evaluation evaluate(Placement placement, ReviewContext context) {
        if (!context.equals(pricedFor)) {
            throw new IllegalArgumentException("session made for " + pricedFor + ", not " + context);
        }
        trace.start(placement.id());
        limit.start();
        try {
            session.insert(placement);
            if (detail == FindingDetail.FULL) {
                session.fireAllRules(limit);
            } else {
                MatchedValues.withoutEvidence(() -> session.fireAllRules(limit));
            }
            limit.check("placement " + placement.id());
            List<Finding> findings = new ArrayList<>();
            for (FactHandle handle : added) {
                if (session.getObject(handle) instanceof Finding f) {
                    findings.add(f);
                }
            }
            findings.sort(PlacementEvaluator.FINDING_ORDER);
            if (lean != null) {
                findings.replaceAll(lean::of);
            }
            return new Evaluation(placement, List.copyOf(findings),
                    detail == FindingDetail.FULL ? trace.entries() : List.of());
        } finally {
            for (int i = added.size() - 1; i >= 0; i--) {
                FactHandle handle = added.get(i);
                if (session.getObject(handle) != null) {
                    session.delete(handle);
                }
            }
            added.clear();
            trace.start(null);
        }
    }

    /** How many facts the session holds (between placements: the reference facts). */
    long factCount() {
        return session.getFactCount();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
