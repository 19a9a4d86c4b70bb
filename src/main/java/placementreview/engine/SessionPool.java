package placementreview.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;

/**
 * Idle {@link PlacementSession}s kept between single evaluations (the web service's checks and explains, each of one
 * placement): a new session rebuilds its node memories and inserts the reference facts again, which costs about as
 * much as the placement's own rules. A session serves evaluations in the same review context (which its reference
 * facts are priced for and which it holds), with the same caseload facts and the same detail; it is emptied after
 * every placement either way, so a pooled session gives what a fresh one gives. Thread-safe; bounded: the most recently used
 * {@value #KEYS} kinds, at most {@value #IDLE_PER_KEY} idle sessions each. A session whose evaluation failed is
 * disposed, never returned.
 */
final class SessionPool {
    static final int KEYS = 4;
    static final int IDLE_PER_KEY = 4;

    private record Key(ReviewContext context, FindingDetail detail, List<?> caseloadFacts) {
    }

    private final Rulebase rulebase;
    private final Map<Key, ArrayDeque<PlacementSession>> idle = new LinkedHashMap<>(8, 0.75f, true);

    SessionPool(Rulebase rulebase) {
        this.rulebase = rulebase;
    }

    Evaluation evaluate(Placement placement, ReviewContext context, FindingDetail detail, List<?> caseloadFacts) {
        Key key = new Key(context, detail, List.copyOf(caseloadFacts));
        PlacementSession session = take(key);
        if (session == null) {
            session = new PlacementSession(rulebase, detail, context, key.caseloadFacts());
        }
        Evaluation evaluation;
        try {
            evaluation = session.evaluate(placement, context);
        } catch (RuntimeException | Error e) {
            session.close();
            throw e;
        }
        giveBack(key, session);
        return evaluation;
    }

    /** Idle sessions held now, over every kind. */
    int idleCount() {
        synchronized (idle) {
            return idle.values().stream().mapToInt(ArrayDeque::size).sum();
        }
    }

    private PlacementSession take(Key key) {
        synchronized (idle) {
            ArrayDeque<PlacementSession> sessions = idle.get(key);
            return sessions == null ? null : sessions.pollFirst();
        }
    }

    private void giveBack(Key key, PlacementSession session) {
        List<PlacementSession> disposed = new ArrayList<>();
        synchronized (idle) {
            ArrayDeque<PlacementSession> sessions = idle.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (sessions.size() < IDLE_PER_KEY) {
                sessions.addFirst(session);
            } else {
                disposed.add(session);
            }
            Iterator<Map.Entry<Key, ArrayDeque<PlacementSession>>> eldest = idle.entrySet().iterator();
            while (idle.size() > KEYS) {
                disposed.addAll(eldest.next().getValue());
                eldest.remove();
            }
        }
        disposed.forEach(PlacementSession::close);
    }
}
