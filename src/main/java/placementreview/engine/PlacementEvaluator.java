package placementreview.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;

/** Runs the rules over each placement in its own stateless session; many placements in parallel. */
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

    public PlacementEvaluator(Rulebase rulebase) {
        this.rulebase = rulebase;
    }

    public Evaluation evaluate(Placement placement, ReviewContext context) {
        return evaluate(placement, context, true);
    }

    /**
     * One placement; when {@code traced} is false, without the trace (an empty list) and without the findings'
     * evidence (empty maps): the same findings, savings and titles in far less memory, for ranking at scale.
     */
    public Evaluation evaluate(Placement placement, ReviewContext context, boolean traced) {
        List<Object> facts = new ArrayList<>(rulebase.reference().facts());
        facts.add(context);
        facts.add(placement);
        Run run = run(facts, traced ? placement.id() : null, traced);
        return new Evaluation(placement, run.findings(), run.trace());
    }

    /** Evaluates every placement, keeping their order, on the given number of worker threads. */
    public List<Evaluation> evaluateAll(List<Placement> placements, ReviewContext context, int threads) {
        return evaluateAll(placements, context, threads, true, done -> { });
    }

    /**
     * Evaluates every placement, keeping their order, on the given number of worker threads, with or without the
     * trace; {@code progress} is told the running count of placements done (from the worker threads).
     */
    public List<Evaluation> evaluateAll(List<Placement> placements, ReviewContext context, int threads,
                                        boolean traced, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        Function<Placement, Evaluation> one = p -> {
            Evaluation e = evaluate(p, context, traced);
            progress.accept(done.incrementAndGet());
            return e;
        };
        if (threads <= 1) {
            return placements.stream().map(one).toList();
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
        }
    }

    /** One stateless session over the given facts; returns the findings the rules inserted and the trace. */
    Run run(List<Object> facts, String traceSubject) {
        return run(facts, traceSubject, true);
    }

    private Run run(List<Object> facts, String traceSubject, boolean traced) {
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(traceSubject);
        if (traced) {
            session.addEventListener(trace);
        }
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects(Finding.class::isInstance, "findings"));
        ExecutionResults results = traced ? session.execute(CommandFactory.newBatchExecution(commands))
                : MatchedValues.withoutEvidence(() -> session.execute(CommandFactory.newBatchExecution(commands)));
        @SuppressWarnings("unchecked")
        Collection<Object> found = (Collection<Object>) results.getValue("findings");
        List<Finding> findings = found.stream().map(Finding.class::cast).sorted(FINDING_ORDER).toList();
        return new Run(findings, trace.entries());
    }

    record Run(List<Finding> findings, List<TraceEntry> trace) {
    }
}
