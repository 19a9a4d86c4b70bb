package placementreview.ruleapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import placementreview.model.Apportionment;
import placementreview.model.CandidateStatus;
import placementreview.model.ComplianceFinding;
import placementreview.model.ComponentAssignment;
import placementreview.model.ContinuingCareIndication;
import placementreview.model.ContinuingCareOutcome;
import placementreview.model.CostComponent;
import placementreview.model.CostOption;
import placementreview.model.CriterionStatus;
import placementreview.model.DataQualityWarning;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.PortfolioFinding;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.model.StepDownRoute;
import placementreview.engine.MatchedValues;
import placementreview.engine.RuleMetadata;

/**
 * What rule consequences call to make a finding, so that each consequence stays one line. The rule id, policy and
 * family come from the firing rule's metadata and the evidence from the values it matched: never typed twice.
 * Titles are templates: {0}, {1}... are replaced by the arguments, money shown as £1,234.56.
 */
public final class Findings {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Findings() {
    }

    public static Builder of(RuleContext kcontext, Placement placement) {
        return new Builder(kcontext, placement.id());
    }

    public static Builder ofCaseload(RuleContext kcontext) {
        return new Builder(kcontext, null);
    }

    /** Fills a title template: {0}, {1}... become the arguments, amounts of money as £1,234.56. */
    public static String text(String template, Object... args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", show(args[i]));
        }
        return out;
    }

    /** A date as a panel reads it in a title, e.g. 28 Oct 2023. */
    public static String dayMonthYear(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    static String show(Object value) {
        if (value instanceof BigDecimal amount) {
            return Money.gbp(amount);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Findings::show).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /** Collects one finding's parts; ends with the kind of finding to make. */
    public static final class Builder {
        private final Rule rule;
        private final String placementId;
        private final Map<String, String> evidence;
        private Savings savings;
        private String notQuantifiable;
        private List<String> placementIds = List.of();
        private String toChange;

        private Builder(RuleContext kcontext, String placementId) {
            this.rule = kcontext.getRule();
            this.placementId = placementId;
            this.evidence = MatchedValues.of(kcontext.getMatch());
        }

        /** The option saves this much a week, starting leadWeeks after the review date. */
        public Builder saving(BigDecimal weeklySaving, Placement placement, ReviewContext context, int leadWeeks) {
            this.savings = CostCalendar.savings(weeklySaving, placement, context, leadWeeks);
            return this;
        }

        public Builder saving(Savings savings) {
            this.savings = savings;
            return this;
        }

        /** The option has no £ figure, and this is why. */
        public Builder notQuantifiable(String reason) {
            this.notQuantifiable = reason;
            return this;
        }

        public Builder placements(Collection<String> ids) {
            this.placementIds = ids.stream().sorted().toList();
            return this;
        }

        /** For a step-down criterion not met or unknown: what would have to change for it to be met. */
        public Builder toChange(String template, Object... args) {
            this.toChange = text(template, args);
            return this;
        }

        /** A step-down criterion (key, e.g. "age-band") with its outcome; the title is the plain-English reason. */
        public StepDownCriterion criterion(String key, CriterionStatus status, String titleTemplate, Object... args) {
            return new StepDownCriterion(placementId, RuleMetadata.id(rule), key, status, text(titleTemplate, args),
                    toChange, RuleMetadata.policy(rule), RuleMetadata.family(rule), evidence);
        }

        /**
         * A step-down route for this placement, with the saving set by {@link #saving}: a candidate when
         * {@code blocker} is null, otherwise nearly eligible, held back by that one criterion.
         */
        public StepDownCandidate candidate(StepDownRoute route, StepDownCriterion blocker, String titleTemplate,
                                           Object... args) {
            CandidateStatus status = blocker == null ? CandidateStatus.CANDIDATE : CandidateStatus.NEARLY_ELIGIBLE;
            return new StepDownCandidate(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), RuleMetadata.family(rule), route, status, blocker, savings, null,
                    evidence);
        }

        public CostOption costOption(String titleTemplate, Object... args) {
            return new CostOption(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), RuleMetadata.family(rule), savings, notQuantifiable, evidence);
        }

        /** A legal-compliance finding; {@code cost} says, second, what the placement costs meanwhile. */
        public ComplianceFinding compliance(String cost, String titleTemplate, Object... args) {
            return new ComplianceFinding(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), RuleMetadata.family(rule), cost, evidence);
        }

        public DataQualityWarning warning(String titleTemplate, Object... args) {
            return new DataQualityWarning(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), evidence);
        }

        public ContinuingCareIndication indication(ContinuingCareOutcome outcome, String titleTemplate,
                                                   Object... args) {
            return new ContinuingCareIndication(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), RuleMetadata.family(rule), outcome, evidence);
        }

        /** One component of the weekly cost assigned to a funder by this rule (an intermediate fact). */
        public ComponentAssignment assignment(CostComponent component, BigDecimal weekly, Funder funder) {
            return new ComponentAssignment(placementId, component, weekly, funder, RuleMetadata.id(rule),
                    rule.getName(), RuleMetadata.policy(rule), evidence);
        }

        /** The component-based split: each funder pays the components assigned to it. */
        public Apportionment apportionment(Placement placement, Collection<?> assignments) {
            return split(placement, "components", ApportionmentCalculator.byComponents(assignments), assignments);
        }

        /** The opt-in fixed-shares split: Education and Health pay fixed % of the weekly cost, Social care the rest. */
        public Apportionment fixedShares(Placement placement, Collection<?> assignments, BigDecimal educationPct,
                                         BigDecimal healthPct) {
            return split(placement, "fixed-shares", ApportionmentCalculator.byFixedShares(placement.getWeeklyCost(),
                    educationPct, healthPct), assignments);
        }

        private Apportionment split(Placement placement, String method, Map<Funder, BigDecimal> weekly,
                                    Collection<?> assignments) {
            BigDecimal total = placement.getWeeklyCost();
            Map<Funder, FunderShare> shares = new EnumMap<>(Funder.class);
            for (Entry<Funder, BigDecimal> e : weekly.entrySet()) {
                shares.put(e.getKey(), ApportionmentCalculator.share(e.getValue(), total, placement.weeksPerYear()));
            }
            StringBuilder title = new StringBuilder();
            for (Funder f : Funder.values()) {
                FunderShare s = shares.get(f);
                title.append(title.length() == 0 ? "" : ", ").append(f.label()).append(' ')
                        .append(Money.gbp(s.weekly())).append(" a week (").append(s.share().toPlainString())
                        .append("%)");
            }
            title.append(method.equals("fixed-shares") ? " by the local fixed-shares policy" : " by component");
            List<String> unknown = ApportionmentCalculator.unknownComponents(placement);
            if (!unknown.isEmpty()) {
                title.append("; not known, so not apportioned: ").append(String.join(", ", unknown));
            }
            return new Apportionment(placementId, RuleMetadata.id(rule), title.toString(), RuleMetadata.policy(rule),
                    RuleMetadata.family(rule), method, shares.get(Funder.EDUCATION), shares.get(Funder.HEALTH),
                    shares.get(Funder.SOCIAL_CARE), ApportionmentCalculator.sorted(assignments), evidence);
        }

        public PortfolioFinding portfolioFinding(String titleTemplate, Object... args) {
            return new PortfolioFinding(RuleMetadata.id(rule), text(titleTemplate, args), RuleMetadata.policy(rule),
                    RuleMetadata.family(rule), savings, placementIds, evidence);
        }
    }
}
