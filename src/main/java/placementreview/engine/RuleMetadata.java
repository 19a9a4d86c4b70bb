package placementreview.engine;

import org.kie.api.definition.rule.Rule;

/** Reads the @id, @policy, @family and @effect annotations every rule carries. */
public final class RuleMetadata {
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
    public static placementreview.model.Effect effect(Rule rule) {
        return placementreview.model.Effect.of(text(rule, "effect"));
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
