package placementreview.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import placementreview.model.Apportionment;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.Savings;
import placementreview.review.JointFunding;
import placementreview.review.RankedPlacement;

/**
 * One top-N placement as the panel pack shows it (pack/placement.jte and a row of the top table): the ranked
 * placement, its facts as label and sentence, its funding split (null when no apportionment rule ran), and the ids
 * of the rules that found something.
 */
public record PackPlacement(RankedPlacement ranked, String anchor, String ruleIds, List<Fact> facts,
                            Apportionment split) {

    /** A row of the facts table. */
    public record Fact(String label, String value) {
    }

    public static PackPlacement of(RankedPlacement r, LocalDate asOf) {
        Set<String> ids = new TreeSet<>();
        r.findings().forEach(f -> ids.add(f.ruleId()));
        return new PackPlacement(r, anchor(r.placement().id()), String.join(" ", ids), facts(r, asOf),
                JointFunding.apportionment(r.findings()));
    }

    public String id() {
        return ranked.placement().id();
    }

    public String type() {
        return ranked.placement().type().label();
    }

    /** The placement's findings of one kind, in the review's order. */
    public List<Finding> findings(FindingKind kind) {
        return ranked.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    /** "£x a week; £y this year; £z a full year". */
    public static String savings(Savings s) {
        return s == null ? "" : Money.gbp(s.weekly()) + " a week; " + Money.gbp(s.inYear()) + " this year; "
                + Money.gbp(s.fullYear()) + " a full year";
    }

    /** A fragment id made only of letters, digits, '_' and '-', whatever the case file's placement id holds. */
    static String anchor(String placementId) {
        return "placement-" + placementId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static List<Fact> facts(RankedPlacement r, LocalDate asOf) {
        Placement p = r.placement();
        StringBuilder components = new StringBuilder();
        p.weekly().components().forEach((name, amount) -> {
            if (amount.signum() != 0) {
                components.append(components.length() == 0 ? "" : ", ").append(name).append(' ')
                        .append(Money.gbp(amount));
            }
        });
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Child", p.child().ref() + ", aged " + p.child().ageOn(asOf) + legal(p)));
        facts.add(new Fact("Provider", (p.provider().ref() == null ? "not recorded" : p.provider().ref())
                + (p.provider().onFramework() == null ? ""
                        : p.provider().onFramework() ? " (framework)" : " (spot purchase)")));
        facts.add(new Fact("Dates", "started " + p.start() + ", planned end "
                + (p.plannedEnd() == null ? "not set" : p.plannedEnd().toString()) + ", " + p.weeksPerYear()
                + " weeks a year"));
        facts.add(new Fact("Weekly cost", Money.gbp(r.weeklyCost())
                + (components.length() == 0 ? "" : " (" + components + ")")));
        facts.add(new Fact("Contributions", "health " + money(p.contributions().healthWeekly()) + ", education "
                + money(p.contributions().educationWeekly()) + " a week"));
        facts.add(new Fact("Net annual cost", Money.gbp(r.netAnnualCost()) + "; to the year end "
                + Money.gbp(r.costToYearEnd())));
        return List.copyOf(facts);
    }

    private static String legal(Placement p) {
        return (p.child().legalStatus() == null ? "" : ", legal status " + p.child().legalStatus())
                + (Boolean.TRUE.equals(p.child().ehcp()) ? ", has an EHCP" : "");
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "not known" : Money.gbp(amount);
    }
}
