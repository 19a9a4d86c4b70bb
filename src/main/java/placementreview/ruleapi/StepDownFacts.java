package placementreview.ruleapi;

import java.time.LocalDate;
import java.util.List;
import placementreview.model.DstDomain;
import placementreview.model.DstLevel;
import placementreview.model.Needs;
import placementreview.model.PolicyParameter;

/**
 * Small helpers the step-down rules call: risk-flag parameters, and the DST domains that decide whether a family
 * setting can meet the child's needs (look-back windows: OptionMath).
 */
public final class StepDownFacts {
    /** Parameters named with this prefix say whether a risk flag needs residential supervision (value 1). */
    public static final String RISK_FLAG_PREFIX = PolicyParameter.RISK_FLAG_PREFIX;

    private StepDownFacts() {
    }

    /** The risk flag a parameter name is about ("step-down-blocking-risk:CSE_ACTIVE" gives CSE_ACTIVE), or null. */
    public static String riskFlag(String parameterName) {
        return parameterName.startsWith(RISK_FLAG_PREFIX) ? parameterName.substring(RISK_FLAG_PREFIX.length())
                : null;
    }

    /** The risk flags named by the given risk-flag parameters, sorted. */
    public static List<String> riskFlags(List<?> parameters) {
        return parameters.stream().map(p -> riskFlag(((PolicyParameter) p).name())).sorted()
                .toList();
    }

    /** The DST domains a step-down reads: the needs a family setting has to manage day and night. */
    public static final List<DstDomain> BEHAVIOUR_DOMAINS = List.of(DstDomain.CHALLENGING_BEHAVIOUR,
            DstDomain.PSYCHOLOGICAL);

    /** The highest level recorded in the behaviour domains as a number (NONE 0 .. PRIORITY 5), or -1 when none is. */
    public static int behaviourLevel(Needs needs) {
        return BEHAVIOUR_DOMAINS.stream().map(needs::level).filter(l -> l != null).mapToInt(DstLevel::ordinal)
                .max().orElse(-1);
    }

    /** Whether both behaviour domains are recorded. */
    public static boolean behaviourRecorded(Needs needs) {
        return BEHAVIOUR_DOMAINS.stream().allMatch(d -> needs.level(d) != null);
    }

    /** The behaviour domains as "challengingBehaviour SEVERE, psychological not recorded", for titles. */
    public static String behaviourNeeds(Needs needs) {
        return String.join(", ", BEHAVIOUR_DOMAINS.stream().map(d -> d.key() + " "
                + (needs.level(d) == null ? "not recorded" : needs.level(d).name())).toList());
    }

    /** A DST level's name from its number (as the reference table writes thresholds), e.g. 3 gives HIGH. */
    public static String dstLevel(int ordinal) {
        return DstLevel.values()[ordinal].name();
    }
}
