package placementreview.report;

import placementreview.engine.PriceIndex;
import placementreview.engine.RuleInfo;
import placementreview.engine.Rulebase;

/**
 * The rule catalogue as text: id, name, file and policy of every rule, in id order; then every reference rate with
 * its price year, those more than five years older than the current financial year flagged.
 */
public final class RuleCatalogueText {
    private RuleCatalogueText() {
    }

    /** The catalogue, with the rates' ages counted against {@code currentYear} ("2026-27"). */
    public static String render(Rulebase rulebase, String currentYear) {
        StringBuilder out = new StringBuilder();
        out.append(rulebase.catalogue().size()).append(" rules from ").append(rulebase.source())
                .append(", rulebase ").append(rulebase.version()).append("\n\n");
        for (RuleInfo rule : rulebase.catalogue()) {
            out.append(rule.id()).append("  ").append(rule.name()).append('\n');
            out.append("        file:   ").append(rule.file()).append('\n');
            out.append("        policy: ").append(rule.policy()).append('\n');
        }
        out.append("\nReference rates, each uplifted to the review's financial year by reference/price-index.csv;"
                + " ages counted against ").append(currentYear).append('\n');
        for (PriceIndex.Rate rate : rulebase.reference().prices().rates()) {
            out.append(rate.olderThanFiveYears(currentYear) ? "OLD  " : "     ").append(rate.where()).append("  ")
                    .append(rate.label()).append(": ").append(rate.price().original().toPlainString())
                    .append(" a week at ").append(rate.price().priceYear()).append(" prices");
            if (rate.olderThanFiveYears(currentYear)) {
                out.append(" - more than ").append(PriceIndex.MAX_AGE_YEARS).append(" years old (")
                        .append(rate.price().yearsOlderThan(currentYear))
                        .append("): look for a newer published figure");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
