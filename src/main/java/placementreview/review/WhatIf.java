package placementreview.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import placementreview.engine.ParameterOverlay;
import placementreview.engine.RuleChange;
import placementreview.model.Apportionment;
import placementreview.model.CandidateStatus;
import placementreview.model.Finding;
import placementreview.model.Rejection;
import placementreview.model.StepDownCandidate;

/**
 * One caseload reviewed under two rulebases (the base and a changed policy), compared: what changed in the rules,
 * what changed in each placement's decisions, and the totals before, after and their difference. Only placements
 * where something changed are listed, largest change in counted full-year saving first (then by rank, then id).
 */
public record WhatIf(Rules base, Rules changed, List<RuleChange> ruleChanges, List<PlacementChange> placements,
                     List<FindingChange> caseload, WhatIfTotals totals, Review before, Review after) {

    /**
     * One side's rules: the rulebase version printed in every output, where the rules came from, every file with its
     * SHA-256, and the parameters set in memory (empty for a folder).
     */
    public record Rules(String rulebaseVersion, String source, Map<String, String> files,
                        List<ParameterOverlay.Setting> set) {
    }

    /** Compares two reviews of one caseload, the base first. */
    public static WhatIf compare(Rules baseRules, Rules changedRules, List<RuleChange> ruleChanges, Review before,
                                 Review after) {
        Map<String, RankedPlacement> afterById = new HashMap<>();
        after.ranked().forEach(r -> afterById.put(r.placement().id(), r));
        List<PlacementChange> placements = new ArrayList<>();
        for (RankedPlacement b : before.ranked()) {
            RankedPlacement a = afterById.get(b.placement().id());
            if (a != null) {
                PlacementChange change = change(b, a, before.topCount(), after.topCount());
                if (change != null) {
                    placements.add(change);
                }
            }
        }
        placements.sort(Comparator.comparing((PlacementChange p) -> p.savingDifference().abs()).reversed()
                .thenComparingInt(PlacementChange::rankBefore).thenComparing(PlacementChange::placementId));
        FindingChanges caseload = FindingChanges.between(before.portfolio(), f -> false, after.portfolio(), f -> false);
        List<FindingChange> caseloadChanges = new ArrayList<>(caseload.removed);
        caseloadChanges.addAll(caseload.changed);
        caseloadChanges.addAll(caseload.added);
        return new WhatIf(baseRules, changedRules, ruleChanges, List.copyOf(placements),
                List.copyOf(caseloadChanges), WhatIfTotals.of(before, after), before, after);
    }

    /** The records rejected when reading the case files (under the base rules). */
    public List<Rejection> rejected() {
        return before.rejected();
    }

    /** The placement's changes, or null when nothing changed. */
    static PlacementChange change(RankedPlacement b, RankedPlacement a, int topBefore, int topAfter) {
        FindingChanges findings = FindingChanges.between(b.findings(), b.savingsPlan()::counts, a.findings(),
                a.savingsPlan()::counts);
        Set<String> openBefore = openRoutes(b.findings());
        Set<String> openAfter = openRoutes(a.findings());
        List<String> opened = openAfter.stream().filter(r -> !openBefore.contains(r)).toList();
        List<String> closed = openBefore.stream().filter(r -> !openAfter.contains(r)).toList();
        boolean apportionment = !apportionments(b.findings()).equals(apportionments(a.findings()));
        BigDecimal savingBefore = b.bestFullYearSaving();
        BigDecimal savingAfter = a.bestFullYearSaving();
        boolean inTopBefore = b.rank() <= topBefore;
        boolean inTopAfter = a.rank() <= topAfter;
        boolean same = findings.isEmpty() && opened.isEmpty() && closed.isEmpty() && !apportionment
                && savingBefore.compareTo(savingAfter) == 0
                && b.bestInYearSaving().compareTo(a.bestInYearSaving()) == 0 && b.rank() == a.rank()
                && inTopBefore == inTopAfter;
        if (same) {
            return null;
        }
        return new PlacementChange(b.placement().id(), b.weeklyCost(), b.rank(), a.rank(), inTopBefore, inTopAfter,
                savingBefore, savingAfter, b.bestInYearSaving(), a.bestInYearSaving(), List.copyOf(findings.added),
                List.copyOf(findings.removed), List.copyOf(findings.changed), opened, closed, apportionment);
    }

    private static Set<String> openRoutes(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            if (f instanceof StepDownCandidate c && c.status() == CandidateStatus.CANDIDATE) {
                out.add(c.getRouteName());
            }
        }
        return out;
    }

    /** The split of each apportionment finding (weekly pounds per funder), for comparison. */
    private static List<String> apportionments(List<Finding> findings) {
        return findings.stream().filter(Apportionment.class::isInstance).map(Apportionment.class::cast)
                .map(a -> a.education().weekly().stripTrailingZeros().toPlainString() + "/"
                        + a.health().weekly().stripTrailingZeros().toPlainString() + "/"
                        + a.socialCare().weekly().stripTrailingZeros().toPlainString()).toList();
    }
}
