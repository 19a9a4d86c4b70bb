package placementreview.engine;

import java.util.List;
import java.util.Map;
import placementreview.model.Finding;

/**
 * One rule firing: which rule, on what authority, for which placement, the values it matched and the facts its
 * consequence inserted (findings, and intermediate facts such as a component assigned to a funder).
 */
public record TraceEntry(String ruleId, String ruleName, String policy, String placementId,
                         Map<String, String> matched, List<Object> inserted) {

    /** The findings this firing made, in the order it inserted them. */
    public List<Finding> findings() {
        return inserted.stream().filter(Finding.class::isInstance).map(Finding.class::cast).toList();
    }
}
