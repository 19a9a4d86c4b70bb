package placementreview.model;

import java.util.Map;

/** A gap or inconsistency in the case data that limits what the rules can conclude. */
public record DataQualityWarning(String placementId, String ruleId, String title, String policy,
                                 Map<String, String> evidence) implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.DATA_QUALITY_WARNING;
    }

    @Override
    public String family() {
        return "Data quality";
    }
}
