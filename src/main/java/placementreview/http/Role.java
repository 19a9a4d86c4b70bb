package placementreview.http;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Who is asking: the commissioning panel, a social worker, an auditor. Named in the tokens file. */
public enum Role {
    PANEL("panel"),
    SOCIAL_WORKER("social-worker"),
    AUDITOR("auditor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role named in a tokens file, or null when the name is not one of the roles. */
    public static Role named(String name) {
        return Arrays.stream(values()).filter(r -> r.label.equals(name)).findFirst().orElse(null);
    }

    public static String allowedNames() {
        return Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", "));
    }
}
