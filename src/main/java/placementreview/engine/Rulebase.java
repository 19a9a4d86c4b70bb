package placementreview.engine;

import java.util.List;
import org.kie.api.KieBase;

/**
 * The compiled rules of one rule folder, its reference data, catalogue and version hash. Built once, shared.
 * {@code warnings}: what the load found odd but not wrong (e.g. a parameter no rule uses), one line each.
 */
public record Rulebase(KieBase kieBase, String version, String source, List<RuleInfo> catalogue,
                       ReferenceData reference, List<String> warnings) {
}
