package placementreview.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import placementreview.io.InputException;

/** What the panel decided on one option. Only an AGREED option becomes an action whose delivery is tracked. */
public enum DecisionKind {
    AGREED, REJECTED, DEFERRED, MORE_INFORMATION;

    public static DecisionKind parse(String text) {
        String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (DecisionKind kind : values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw new InputException("decision must be one of " + Arrays.stream(values()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ", not " + text);
    }
}
