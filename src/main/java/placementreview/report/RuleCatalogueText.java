package placementreview.report;

import placementreview.engine.RuleInfo;
import placementreview.engine.Rulebase;

/** The rule catalogue as text: id, name, file and policy of every rule, in id order. */
public final class RuleCatalogueText {
    private RuleCatalogueText() {
    }

    public static String render(Rulebase rulebase) {
        StringBuilder out = new StringBuilder();
        out.append(rulebase.catalogue().size()).append(" rules from ").append(rulebase.source())
                .append(", rulebase ").append(rulebase.version()).append("\n\n");
        for (RuleInfo rule : rulebase.catalogue()) {
            out.append(rule.id()).append("  ").append(rule.name()).append('\n');
            out.append("        file:   ").append(rule.file()).append('\n');
            out.append("        policy: ").append(rule.policy()).append('\n');
        }
        return out.toString();
    }
}
