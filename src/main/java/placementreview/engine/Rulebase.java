package placementreview.engine;

import java.util.List;
import org.kie.api.KieBase;

/** The compiled rules of one rule folder, its reference data, catalogue and version hash. Built once, shared. */
public record Rulebase(KieBase kieBase, String version, String source, List<RuleInfo> catalogue,
                       ReferenceData reference) {
}
