package placementreview.ruleapi;

import java.time.LocalDate;
import java.util.List;
import placementreview.model.PolicyParameter;

/** Small helpers the step-down rules call about risk-flag parameters (look-back windows: OptionMath). */
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
}
