package placementreview.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import placementreview.model.CapacityAllocation;
import placementreview.model.Finding;
import placementreview.model.PortfolioFinding;
import placementreview.model.Savings;
import placementreview.review.Review;
import placementreview.review.SavingsPlan;

/**
 * The pack's caseload findings (pack/caseload.jte): the portfolio rules' findings grouped by family in rule order
 * (provider concentration, block-contract candidates, spend concentration), each with the placements it names and any
 * indicative saving. A group's indicative savings are totalled; why they are not in the caseload's totals is the
 * review's own reason ({@link SavingsPlan#notCountedBecause}). The in-house capacity family (CAP-01's decisions and
 * CAP-02's figure) is left to the step-down page ({@link PackStepDown}), which shows it in full.
 */
public record PackCaseload(List<Group> groups) {

    /** One family: its findings, the total of their indicative savings (null when none has one) and why not counted. */
    public record Group(String family, List<Row> rows, Savings total, String notCounted) {
    }

    /** One finding: rule id, sentence, policy source, the placements it names and its indicative saving (or null). */
    public record Row(String ruleId, String title, String policy, List<String> placements, Savings saving) {
    }

    public static PackCaseload of(Review review) {
        Set<String> onStepDownPage = review.portfolio().stream().filter(CapacityAllocation.class::isInstance)
                .map(Finding::family).collect(Collectors.toSet());
        Map<String, List<PortfolioFinding>> byFamily = new LinkedHashMap<>();
        review.portfolio().stream().filter(PortfolioFinding.class::isInstance).map(PortfolioFinding.class::cast)
                .filter(f -> !onStepDownPage.contains(f.family()))
                .forEach(f -> byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f));
        List<Group> groups = new ArrayList<>();
        byFamily.forEach((family, findings) -> {
            List<Row> rows = findings.stream().map(f -> new Row(f.ruleId(), f.title(), f.policy(),
                    f.placementIds(), f.savings())).toList();
            Savings total = null;
            String notCounted = null;
            for (PortfolioFinding f : findings) {
                if (f.savings() != null) {
                    total = (total == null ? Savings.ZERO : total).plus(f.savings());
                    notCounted = notCounted == null ? SavingsPlan.NONE.notCountedBecause(f) : notCounted;
                }
            }
            groups.add(new Group(family, rows, total, notCounted));
        });
        return new PackCaseload(List.copyOf(groups));
    }
}
