package placementreview.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a DST profile is banded ({@link NeedBand}), with the continuing-care pre-assessment checklist's thresholds as
 * rules/reference sets them (cc-checklist-high-domains, cc-checklist-severe-domains): COMPLEX when the checklist is
 * met as CC-01 reads it (high in at least that many domains, or severe or priority in at least that many); ELEVATED
 * otherwise when a domain is moderate or above; STANDARD for a complete profile with nothing above low. The rules see
 * it through {@link NeedBandDefinition} facts, so they band a placement as the review's market and caseload do.
 */
public record NeedBands(BigDecimal checklistHighDomains, BigDecimal checklistSevereDomains) {
    public static final String HIGH_DOMAINS = "cc-checklist-high-domains";
    public static final String SEVERE_DOMAINS = "cc-checklist-severe-domains";
    /** The parameters a band is defined by, for the rule catalogue's links. */
    public static final List<String> PARAMETERS = List.of(HIGH_DOMAINS, SEVERE_DOMAINS);

    /** The band, or null (unknown) when the recorded domains do not settle it. */
    public NeedBand bandOf(Needs needs) {
        if (atLeast(needs.countAt(DstLevel.HIGH), checklistHighDomains)
                || atLeast(needs.countAtLeast(DstLevel.SEVERE), checklistSevereDomains)) {
            return NeedBand.COMPLEX;
        }
        if (!needs.isComplete()) {
            return null;
        }
        return needs.countAtLeast(DstLevel.MODERATE) >= 1 ? NeedBand.ELEVATED : NeedBand.STANDARD;
    }

    private static boolean atLeast(int count, BigDecimal threshold) {
        return BigDecimal.valueOf(count).compareTo(threshold) >= 0;
    }
}
