package placementreview.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import placementreview.model.Capacity;
import placementreview.model.Finding;
import placementreview.model.Placement;
import placementreview.model.PlacementSummary;
import placementreview.model.ReviewContext;

/**
 * Runs the portfolio rules once, in one stateless session, over the summaries of every placement. Of the placements'
 * findings, only those of a type some rule able to fire here matches are inserted (today: step-down candidates, for
 * CAP-01): a rule that needs a {@code Placement} fact cannot fire in this session (there is none), so the findings
 * only such rules match change nothing here but filled the heap at 100,000 placements (millions of facts).
 */
public final class PortfolioEvaluator {
    private final Rulebase rulebase;
    private final Set<Class<?>> caseloadTypes;

    public PortfolioEvaluator(Rulebase rulebase) {
        this.rulebase = rulebase;
        this.caseloadTypes = caseloadTypes(rulebase.kieBase());
    }

    /** The fact types matched anywhere by the rules that have no (positive, top-level) Placement pattern. */
    static Set<Class<?>> caseloadTypes(KieBase kieBase) {
        Set<Class<?>> types = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                GroupElement lhs = ((RuleImpl) rule).getLhs();
                if (!needsPlacement(lhs)) {
                    patternTypes(lhs, types);
                }
            }
        }
        return Set.copyOf(types);
    }

    private static boolean needsPlacement(GroupElement lhs) {
        return lhs.isAnd() && lhs.getChildren().stream().anyMatch(e -> e instanceof Pattern p && p.getSource() == null
                && p.getObjectType() instanceof ClassObjectType c && c.getClassType() == Placement.class);
    }

    private static void patternTypes(RuleConditionElement element, Set<Class<?>> types) {
        // a pattern with a source (from, collect, accumulate) matches what its source gives, not a fact: skipped,
        // but the patterns inside the source are facts
        if (element instanceof Pattern p && p.getSource() == null) {
            types.add(p.getObjectType() instanceof ClassObjectType c ? c.getClassType() : Object.class);
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            patternTypes(nested, types);
        }
    }

    /** Whether a placement finding can matter to the caseload rules (see the class comment). */
    boolean seenByCaseloadRules(Finding finding) {
        for (Class<?> type : caseloadTypes) {
            if (type.isInstance(finding)) {
                return true;
            }
        }
        return false;
    }

    public PortfolioResult evaluate(List<PlacementSummary> summaries, Capacity capacity, ReviewContext context,
                                    List<Finding> placementFindings) {
        return evaluate(summaries, capacity, context, placementFindings, List.of());
    }

    /** As above, with other facts about placements for the caseload rules (e.g. what each saves without a place). */
    public PortfolioResult evaluate(List<PlacementSummary> summaries, Capacity capacity, ReviewContext context,
                                    List<Finding> placementFindings, List<?> placementFacts) {
        List<Object> reference = rulebase.reference().factsAt(context);
        List<Object> facts = new ArrayList<>(reference.size() + summaries.size() + 2);
        facts.addAll(reference);
        facts.add(context);
        facts.add(capacity);
        facts.addAll(summaries);
        facts.addAll(placementFacts);
        // the placement findings inserted are left out of the result (the set is built before the session runs)
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding f : placementFindings) {
            if (seenByCaseloadRules(f)) {
                facts.add(f);
                given.add(f);
            }
        }
        StatelessKieSession session = rulebase.kieBase().newStatelessKieSession();
        TraceRecorder trace = new TraceRecorder(null);
        trace.attachTo(session);
        // the caseload rules fire about once per provider or placement; ten thousand on top allows any real run
        int maxFirings = FiringLimit.PLACEMENT_FIRINGS + 10 * facts.size();
        FiringLimit limit = new FiringLimit(maxFirings, FiringLimit.PLACEMENT_TIME.multipliedBy(4));
        limit.start();
        session.addEventListener(limit);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(maxFirings + 1),
                CommandFactory.newGetObjects(Finding.class::isInstance, "findings"));
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        limit.check("the caseload");
        @SuppressWarnings("unchecked")
        Collection<Object> found = (Collection<Object>) results.getValue("findings");
        List<Finding> caseload = found.stream().filter(f -> !given.contains(f)).map(Finding.class::cast)
                .sorted(PlacementEvaluator.FINDING_ORDER).toList();
        return new PortfolioResult(caseload, trace.entries());
    }

    public record PortfolioResult(List<Finding> findings, List<TraceEntry> trace) {
    }
}
