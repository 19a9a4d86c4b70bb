package placementreview.model;

import java.util.List;
import java.util.Map;

/**
 * The split of one placement's weekly cost across Education, Health and Social care. The three weekly figures add
 * up exactly to the weekly cost. {@code method} is "components" (each component assigned by a rule) or
 * "fixed-shares" (the opt-in local fixed-shares policy); the component assignments are listed either way.
 */
public record Apportionment(String placementId, String ruleId, String title, String policy, String family,
                            String method, FunderShare education, FunderShare health, FunderShare socialCare,
                            List<ComponentAssignment> components, Map<String, String> evidence) implements Finding {

    @Override
    public FindingKind kind() {
        return FindingKind.APPORTIONMENT;
    }

    public FunderShare share(Funder funder) {
        return switch (funder) {
            case EDUCATION -> education;
            case HEALTH -> health;
            case SOCIAL_CARE -> socialCare;
        };
    }
}
