package placementreview.model;

import java.util.Map;

/**
 * A finding of a placement beyond the top N, kept with only what ranking and totals read: rule id, kind, family,
 * effect and savings. Its title, policy and evidence are never shown (the top N are evaluated again in full), so
 * they are not kept: asking for them is a mistake in the caller and fails loudly rather than showing a blank.
 */
public record LeanFinding(String placementId, String ruleId, FindingKind kind, String family, Effect effect,
                          Savings savings, String notQuantifiable) implements Finding {

    public static LeanFinding of(Finding f) {
        return new LeanFinding(f.placementId(), f.ruleId(), f.kind(), f.family(), f.effect(), f.savings(),
                f.notQuantifiable());
    }

    @Override
    public String title() {
        throw notKept("title");
    }

    @Override
    public String policy() {
        throw notKept("policy");
    }

    @Override
    public Map<String, String> evidence() {
        return Map.of();
    }

    private IllegalStateException notKept(String what) {
        return new IllegalStateException(ruleId + " on placement " + placementId + " is a lean finding (beyond the top"
                + " N shown): its " + what + " is not kept; evaluate the placement in full to show it");
    }
}
