package placementreview.engine;

import java.util.HashSet;
import java.util.Set;
import placementreview.model.Apportionment;
import placementreview.model.Finding;
import placementreview.model.LeanFinding;
import placementreview.model.StepDownCandidate;

/**
 * Makes a placement's findings lean ({@link FindingDetail#LEAN}), keeping whole the kinds something beyond ranking
 * and totals reads for every placement: step-down routes (savings plans wait for in-house places; the step-down
 * pages list every route), the funding split (which parts of the cost an option reduces), and whatever a caseload
 * rule matches (worked out from the rules, so a new caseload rule is not silently given lean findings).
 */
final class LeanFindings {
    private final Set<Class<?>> keptWhole;

    private LeanFindings(Set<Class<?>> keptWhole) {
        this.keptWhole = Set.copyOf(keptWhole);
    }

    static LeanFindings of(Rulebase rulebase) {
        Set<Class<?>> kept = new HashSet<>(PortfolioEvaluator.caseloadTypes(rulebase.kieBase()));
        kept.add(StepDownCandidate.class);
        kept.add(Apportionment.class);
        return new LeanFindings(kept);
    }

    Finding of(Finding f) {
        for (Class<?> type : keptWhole) {
            if (type.isInstance(f)) {
                return f;
            }
        }
        return LeanFinding.of(f);
    }
}
