package placementreview.engine;

import java.util.Map;

/** One rule firing: which rule, on what authority, for which placement, and the values it matched. */
public record TraceEntry(String ruleId, String ruleName, String policy, String placementId,
                         Map<String, String> matched) {
}
