package placementreview.engine;

import java.time.LocalDate;
import java.util.List;

/** Small helpers the step-down rules call: events inside a look-back window, and risk-flag parameters. */
public final class StepDownFacts {
    /** Parameters named with this prefix say whether a risk flag needs residential supervision (value 1). */
    public static final String RISK_FLAG_PREFIX = "step-down-blocking-risk:";

    private StepDownFacts() {
    }

    /**
     * The latest of the dates on or after {@code since} (the window counts its first day), or null when none is or
     * the list is unknown (null).
     */
    public static LocalDate latestOnOrAfter(List<LocalDate> dates, LocalDate since) {
        if (dates == null) {
            return null;
        }
        return dates.stream().filter(d -> !d.isBefore(since)).max(LocalDate::compareTo).orElse(null);
    }

    /** The risk flag a parameter name is about ("step-down-blocking-risk:CSE_ACTIVE" gives CSE_ACTIVE), or null. */
    public static String riskFlag(String parameterName) {
        return parameterName.startsWith(RISK_FLAG_PREFIX) ? parameterName.substring(RISK_FLAG_PREFIX.length())
                : null;
    }

    /** The risk flags named by the given risk-flag parameters, sorted. */
    public static List<String> riskFlags(List<?> parameters) {
        return parameters.stream().map(p -> riskFlag(((placementreview.model.PolicyParameter) p).name())).sorted()
                .toList();
    }
}
