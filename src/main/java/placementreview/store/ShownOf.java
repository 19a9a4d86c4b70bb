package placementreview.store;

import java.util.ArrayList;
import java.util.List;
import placementreview.engine.Evaluation;
import placementreview.model.Finding;
import placementreview.model.PortfolioFinding;
import placementreview.model.Savings;
import placementreview.review.RankedPlacement;
import placementreview.review.RecordedCaseload;
import placementreview.review.Review;
import placementreview.review.StepDown;
import placementreview.review.StepDownCheck;

/** What each kind of output shows, for the receipt's index (the placements and findings an auditor filters on). */
public final class ShownOf {
    private ShownOf() {
    }

    /** A review shows its top N (rank, weekly cost, every finding) and the caseload findings. */
    public static Shown review(Review review) {
        List<Shown.Placement> placements = new ArrayList<>();
        List<Shown.Finding> findings = new ArrayList<>();
        for (RankedPlacement r : review.top()) {
            placements.add(new Shown.Placement(r.placement().id(), r.rank(), r.weeklyCost()));
            r.findings().forEach(f -> findings.add(finding(f, r.placement().id())));
        }
        for (Finding f : review.portfolio()) {
            List<String> ids = f instanceof PortfolioFinding pf ? pf.placementIds() : List.of();
            if (ids.isEmpty()) {
                findings.add(finding(f, null));
            } else {
                ids.forEach(id -> findings.add(finding(f, id)));
            }
        }
        return new Shown(placements, findings, RecordedCaseload.of(review), false);
    }

    /** A check shows one placement, its step-down criteria and routes. */
    public static Shown check(StepDownCheck check) {
        String id = check.placement().id();
        List<Shown.Finding> findings = new ArrayList<>();
        StepDown s = check.stepDown();
        s.criteria().forEach(c -> findings.add(new Shown.Finding(c.ruleId(), id, null)));
        s.candidates().forEach(c -> findings.add(new Shown.Finding(c.ruleId(), id, c.estimated().weekly())));
        s.nearlyEligible().forEach(c -> findings.add(new Shown.Finding(c.ruleId(), id, null)));
        return new Shown(List.of(new Shown.Placement(id, null, check.placement().getWeeklyCost())), findings);
    }

    /** An explanation shows one placement and every finding the rules made for it. */
    public static Shown explain(Evaluation evaluation) {
        String id = evaluation.placement().id();
        return new Shown(List.of(new Shown.Placement(id, null, evaluation.placement().getWeeklyCost())),
                evaluation.findings().stream().map(f -> finding(f, id)).toList());
    }

    private static Shown.Finding finding(Finding f, String placementId) {
        Savings s = f.savings();
        return new Shown.Finding(f.ruleId(), placementId, s == null ? null : s.weekly());
    }
}
