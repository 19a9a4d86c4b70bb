package placementreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import placementreview.model.CapacityAllocation;
import placementreview.model.CapacityStatus;
import placementreview.model.CriterionStatus;
import placementreview.model.Finding;
import placementreview.model.FindingKind;
import placementreview.model.Money;
import placementreview.model.PortfolioFinding;
import placementreview.model.StepDownCandidate;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.StepDown;

/** The step-down parts of the review table: a line per ranked placement and the caseload section. */
final class StepDownText {
    private StepDownText() {
    }

    /** Findings shown in their own step-down lines rather than one by one. */
    static boolean shownSeparately(Finding f) {
        return f.kind() == FindingKind.STEP_DOWN_CRITERION || f instanceof CapacityAllocation;
    }

    /** One line under a ranked placement, or "" when step-down does not apply. */
    static String placementLine(RankedPlacement r, Review review) {
        StepDown s = StepDown.of(r, review.portfolio());
        if (!s.assessed() || s.answer() == StepDown.Answer.NOT_APPLICABLE) {
            return "";
        }
        long met = s.criteria().stream().filter(c -> c.status() == CriterionStatus.MET).count();
        StringBuilder line = new StringBuilder("      Step-down: " + met + " of " + s.criteria().size()
                + " criteria met");
        for (StepDownCandidate c : s.candidates()) {
            line.append("\n        ").append(s.isPreferred(c) ? "* " : "  ").append(c.route().label())
                    .append(s.isPreferred(c) ? " (preferred)" : "").append(capacity(c.capacity()))
                    .append(": saves ").append(Money.gbp(c.estimated().fullYear())).append(" a year");
        }
        for (StepDownCandidate c : s.nearlyEligible()) {
            line.append("\n        nearly: ").append(c.route().label()).append(" - not met: ")
                    .append(c.blocker().title());
        }
        return line.append('\n').toString();
    }

    /** "Step-down candidates": every candidate across the caseload with its saving, then capacity by setting. */
    static String caseloadSection(Review review) {
        TextTable table = new TextTable(
                new String[] {"Placement", "Preferred route", "Capacity", "Saving/wk", "This year", "Full year",
                        "Counted"},
                new boolean[] {false, false, false, true, true, true, false});
        BigDecimal weekly = BigDecimal.ZERO;
        BigDecimal inYear = BigDecimal.ZERO;
        BigDecimal fullYear = BigDecimal.ZERO;
        int nearly = 0;
        int candidates = 0;
        List<RankedPlacement> byId = new ArrayList<>(review.ranked());
        byId.sort(java.util.Comparator.comparing(r -> r.placement().id()));
        for (RankedPlacement r : byId) {
            StepDown s = StepDown.of(r, review.portfolio());
            if (s.preferred() == null) {
                nearly += s.nearlyEligible().isEmpty() ? 0 : 1;
                continue;
            }
            StepDownCandidate c = s.preferred();
            candidates++;
            table.add(r.placement().id(), c.route().label(), capacity(c.capacity()).replace(" - ", ""),
                    Money.gbp(c.estimated().weekly()), Money.gbp(c.estimated().inYear()),
                    Money.gbp(c.estimated().fullYear()), countedRoute(r, c) ? "yes" : "no");
            weekly = weekly.add(c.estimated().weekly());
            inYear = inYear.add(c.estimated().inYear());
            fullYear = fullYear.add(c.estimated().fullYear());
        }
        StringBuilder out = new StringBuilder("\nStep-down candidates\n");
        if (candidates == 0) {
            out.append("  no placement meets every criterion of a route\n");
        } else {
            table.add("Total", "", "", Money.gbp(weekly), Money.gbp(inYear), Money.gbp(fullYear), "");
            out.append(table.render("  "));
            out.append("  The total is of the preferred routes, counted or not: a route awaiting an in-house place is not"
                    + " counted in its placement's best saving.\n");
        }
        out.append("  ").append(nearly).append(" more placement(s) nearly eligible (one criterion not met or not"
                + " recorded); run check for each.\n");
        out.append(capacitySummary(review));
        return out.toString();
    }

    private static String capacitySummary(Review review) {
        Map<String, List<CapacityAllocation>> bySetting = new TreeMap<>();
        review.portfolio().stream().filter(CapacityAllocation.class::isInstance).map(CapacityAllocation.class::cast)
                .forEach(a -> bySetting.computeIfAbsent(a.targetLabel(), k -> new ArrayList<>()).add(a));
        if (bySetting.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("  In-house capacity (largest full-year saving first):\n");
        bySetting.forEach((setting, list) -> {
            List<String> allocated = ids(list, CapacityStatus.ALLOCATED);
            List<String> awaiting = ids(list, CapacityStatus.AWAITING_CAPACITY);
            List<String> unknown = ids(list, CapacityStatus.CAPACITY_UNKNOWN);
            BigDecimal unlock = moreCapacityWouldSave(review, awaiting);
            out.append("    ").append(setting).append(": allocated ").append(allocated.size())
                    .append(allocated.isEmpty() ? "" : " " + allocated).append("; awaiting ").append(awaiting.size())
                    .append(awaiting.isEmpty() ? "" : " " + awaiting + ", more places would save "
                            + Money.gbp(unlock) + " a year more than is counted now")
                    .append(unknown.isEmpty() ? "" : "; capacity not recorded for " + unknown).append('\n');
        });
        return out.toString();
    }

    /** The caseload finding (CAP-02) for the candidates awaiting places in one setting: what more places add. */
    private static BigDecimal moreCapacityWouldSave(Review review, List<String> awaiting) {
        return review.portfolio().stream().filter(f -> f instanceof PortfolioFinding pf && pf.savings() != null
                        && pf.placementIds().equals(awaiting))
                .map(f -> f.savings().fullYear()).findFirst().orElse(BigDecimal.ZERO);
    }

    /** Whether the placement's best saving counts this route (the same route found when the placement was ranked). */
    private static boolean countedRoute(RankedPlacement r, StepDownCandidate c) {
        return r.savingsPlan().counted().stream().anyMatch(f -> f instanceof StepDownCandidate counted
                && counted.getRouteName().equals(c.getRouteName()));
    }

    private static List<String> ids(List<CapacityAllocation> list, CapacityStatus status) {
        return list.stream().filter(a -> a.status() == status).map(CapacityAllocation::placementId).sorted().toList();
    }

    static String capacity(CapacityStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case ALLOCATED -> " - place allocated";
            case AWAITING_CAPACITY -> " - awaiting capacity";
            case CAPACITY_UNKNOWN -> " - capacity not recorded";
            case NOT_NEEDED -> " - not needed";
        };
    }
}
