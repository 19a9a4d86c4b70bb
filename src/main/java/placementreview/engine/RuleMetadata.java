package placementreview.engine;

import java.util.List;
import org.kie.api.definition.rule.Rule;

/** Reads the @id, @policy and @family annotations every rule carries. */
public final class RuleMetadata {
    /** The annotations the tool reads; any other on a rule is most likely a misspelt one, which would be ignored. */
    static final List<String> KEYS = List.of("id", "policy", "family");

    private RuleMetadata() {
    }

    public static String id(Rule rule) {
        return text(rule, "id");
    }

    public static String policy(Rule rule) {
        return text(rule, "policy");
    }

    /** The option family a rule's savings are totalled under; defaults to the rule's package. */
    public static String family(Rule rule) {
        String family = text(rule, "family");
        return family != null ? family : rule.getPackageName();
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
