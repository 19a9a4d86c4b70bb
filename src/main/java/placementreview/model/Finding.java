package placementreview.model;

import java.util.Map;

/**
 * What a rule concluded about one placement (or, for portfolio findings, about the caseload). Rules insert findings;
 * rule id, title and policy come from the rule itself, the evidence from the values the rule matched.
 */
public interface Finding {

    /** The placement this is about; null for a finding about the whole caseload. */
    String placementId();

    String ruleId();

    FindingKind kind();

    /** One sentence a panel member understands. */
    String title();

    /** The source: framework, statute or local policy paragraph. */
    String policy();

    /** The option family (e.g. "Fee level") used to total savings; never null. */
    String family();

    /** The values the rule matched, by the names the rule gave them. */
    Map<String, String> evidence();

    /** Money saved, or null when the finding carries no saving. */
    default Savings savings() {
        return null;
    }

    /** Whether this option saves or recovers cost from a partner; null for a finding that is not an option. */
    default Effect effect() {
        return null;
    }

    /** Why a saving cannot be quantified, or null. */
    default String notQuantifiable() {
        return null;
    }
}
