package placementreview.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import placementreview.model.CostCalendar;
import placementreview.model.CandidateStatus;
import placementreview.model.CostOption;
import placementreview.model.CriterionStatus;
import placementreview.model.DataQualityWarning;
import placementreview.model.Money;
import placementreview.model.Placement;
import placementreview.model.PortfolioFinding;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;
import placementreview.model.StepDownCandidate;
import placementreview.model.StepDownCriterion;
import placementreview.model.StepDownRoute;

/**
 * What rule consequences call to make a finding, so that each consequence stays one line. The rule id, policy and
 * family come from the firing rule's metadata and the evidence from the values it matched: never typed twice.
 * Titles are templates: {0}, {1}... are replaced by the arguments, money shown as £1,234.56.
 */
public final class Findings {
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

        public DataQualityWarning warning(String titleTemplate, Object... args) {
            return new DataQualityWarning(placementId, RuleMetadata.id(rule), text(titleTemplate, args),
                    RuleMetadata.policy(rule), evidence);
        }

        public PortfolioFinding portfolioFinding(String titleTemplate, Object... args) {
            return new PortfolioFinding(RuleMetadata.id(rule), text(titleTemplate, args), RuleMetadata.policy(rule),
                    RuleMetadata.family(rule), savings, placementIds, evidence);
        }
    }
}
