package placementreview.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import placementreview.model.Apportionment;
import placementreview.model.Effect;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
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

    public static PackPlacement of(RankedPlacement r, ReviewContext context) {
        Set<String> ids = new TreeSet<>();
        r.findings().forEach(f -> ids.add(f.ruleId()));
        return new PackPlacement(r, anchor(r.placement().id()), String.join(" ", ids), facts(r, context),
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

    /**
     * An option with a £ figure, as the "what the best reduction counts" table shows it: whether the placement's best
     * reduction counts it and, if not, why (the placement's SavingsPlan says).
     */
    public record Option(String ruleId, String family, String effect, Savings savings, boolean counted,
                         String countedOrNot) {
    }

    /** Every option of this placement with a £ figure, in reading order (compliance, then largest saving first). */
    public List<Option> quantified() {
        return ranked.findingsForReading().stream().filter(f -> f.savings() != null && f.placementId() != null)
                .map(f -> new Option(f.ruleId(), f.family(), f.effect() == Effect.RECOVERY ? "cost recovered"
                        : "saving", f.savings(), counts(f), countedOrNot(f))).toList();
    }

    /** Whether the placement's best reduction counts this finding. */
    public boolean counts(Finding f) {
        return ranked.savingsPlan().counts(f);
    }

    /** "Saves" for a saving, "Recovers" for cost recovered from a partner. */
    public String savingVerb(Finding f) {
        return f.effect() == Effect.RECOVERY ? "Recovers" : "Saves";
    }

    /** "Counted in the best saving", or "Not counted: why" (the same words as the table, CSV and explain). */
    public String countedOrNot(Finding f) {
        String text = ReviewText.countedOrNot(f, ranked.savingsPlan());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    private static List<Fact> facts(RankedPlacement r, ReviewContext context) {
        LocalDate asOf = context.asOf();
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
        facts.add(new Fact("Net annual cost", Money.gbp(r.netAnnualCost()) + "; "
                + ReviewText.costToYearEnd(r, context)));
        facts.add(new Fact("Best reduction in the council's spend", Money.gbp(r.councilReduction().fullYear())
                + " a full year: savings " + Money.gbp(r.bestFullYearSaving()) + " + cost recovered from partners "
                + Money.gbp(r.recovery().fullYear())));
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
