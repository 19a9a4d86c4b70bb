package placementreview.engine;

import java.util.Arrays;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import placementreview.model.Effect;

/** Reads the @id, @policy, @family and @effect annotations every rule carries. */
public final class RuleMetadata {
    /** The annotations the tool reads; any other on a rule is most likely a misspelt one, which would be ignored. */
    static final List<String> KEYS = List.of("id", "policy", "family", "effect");

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

    /** What a rule's options do to the council's spend (@effect SAVING or RECOVERY); SAVING when not given. */
    public static Effect effect(Rule rule) {
        return Effect.of(text(rule, "effect"));
    }

    /** The rule's @effect when it names no {@link Effect}, else null (checked when the rules load). */
    static String unknownEffect(Rule rule) {
        String effect = text(rule, "effect");
        return effect == null || Arrays.stream(Effect.values()).anyMatch(e -> e.name().equals(effect)) ? null : effect;
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
