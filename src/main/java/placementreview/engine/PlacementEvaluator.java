package placementreview.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;

/**
 * Runs the rules over each placement, many placements in parallel. Each worker thread reuses one stateful session
 * that is emptied after every placement (see {@link PlacementSession}): the same isolation as a fresh stateless
 * session per placement at about half the cost. The portfolio rules run once, in a stateless session.
 */
public final class PlacementEvaluator {
    /**
     * A total order, so output never depends on the order rules fired in: rule id, title, then what tells apart two
     * findings of one rule with the same title (the placement, a portfolio finding's placements, the evidence).
     */
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing(Finding::ruleId, RulebaseLoader::compareIds)
            .thenComparing(Finding::title)
            .thenComparing(Finding::placementId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlacementEvaluator::placementsOf)
            .thenComparing(f -> String.valueOf(f.evidence()));

    private static String placementsOf(Finding f) {
        return f instanceof placementreview.model.PortfolioFinding p ? String.join(",", p.placementIds()) : "";
    }

    private final Rulebase rulebase;
    private final SessionPool pool;

    public PlacementEvaluator(Rulebase rulebase) {
        this.rulebase = rulebase;
        this.pool = new SessionPool(rulebase);
    }

    /** One placement in full: its findings with their evidence, and the trace. */
    public Evaluation evaluate(Placement placement, ReviewContext context) {
        return evaluate(placement, context, List.of());
    }

    /**
     * One placement in full, with the caseload facts its rules compare it with (the council's own market), in a
     * session kept from an earlier evaluation of the same kind when one is idle ({@link SessionPool}).
     */
    public Evaluation evaluate(Placement placement, ReviewContext context, List<?> caseloadFacts) {
        return pool.evaluate(placement, context, FindingDetail.FULL, caseloadFacts);
    }

    /** Evaluates every placement in full, keeping their order, on the given number of worker threads. */
    public List<Evaluation> evaluateAll(List<Placement> placements, ReviewContext context, int threads) {
        return evaluateAll(placements, context, List.of(), threads, FindingDetail.FULL, done -> { });
    }

    /**
     * Evaluates every placement, keeping their order, on the given number of worker threads, keeping the findings in
     * the given detail, each seeing the caseload facts (the council's own market); {@code progress} is told the
     * running count of placements done (from the worker threads). Each worker thread reuses one
     * {@link PlacementSession} (emptied after every placement); all are disposed at the end.
     */
    public List<Evaluation> evaluateAll(List<Placement> placements, ReviewContext context, List<?> caseloadFacts,
                                        int threads, FindingDetail detail, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<PlacementSession> opened = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<PlacementSession> sessions = new ThreadLocal<>();
        Function<Placement, Evaluation> one = p -> {
            PlacementSession session = sessions.get();
            if (session == null) {
                session = new PlacementSession(rulebase, detail, context, caseloadFacts);
                opened.add(session);
                sessions.set(session);
            }
            Evaluation e;
            try {
                e = session.evaluate(p, context);
            } catch (RuntimeException failed) {
                sessions.remove();
                throw failed;
            }
            progress.accept(done.incrementAndGet());
            return e;
        };
        try {
            if (threads <= 1 || placements.size() <= 1) {
                try {
                    return placements.stream().map(one).toList();
                } finally {
                    sessions.remove();
                }
            }
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                return pool.submit(() -> placements.parallelStream().map(one).toList()).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("review interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
                awaitQuietly(pool);
            }
        } finally {
            synchronized (opened) {
                opened.forEach(PlacementSession::close);
            }
        }
    }

    /** Waits for the workers still busy after one of them failed, so that no session is disposed while in use. */
    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
