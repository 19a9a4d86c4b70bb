package placementreview.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import placementreview.model.Finding;
import placementreview.model.Money;
import placementreview.model.Placement;

/**
 * A review's whole caseload as the panel cycle keeps it: each placement's rank and the council's weekly cost (net of
 * contributions), with what the calendar needs (weeks a year, start, planned end) and the options counted in its
 * best reduction. receiptId and asOf are those of the recorded review (receiptId null before it is recorded).
 */
public record RecordedCaseload(String receiptId, LocalDate asOf, LocalDate yearStart, LocalDate yearEnd, int topCount,
                               List<Entry> entries) {

    public record Entry(String placementId, int rank, BigDecimal netWeekly, int weeksPerYear, LocalDate start,
                        LocalDate plannedEnd, List<String> countedRuleIds, BigDecimal reductionFullYear) {
    }

    public RecordedCaseload {
        entries = List.copyOf(entries);
    }

    public static RecordedCaseload of(Review review) {
        List<Entry> entries = review.ranked().stream().map(RecordedCaseload::entry).toList();
        return new RecordedCaseload(null, review.asOf(), review.financialYear().start(), review.financialYear().end(),
                review.top().size(), entries);
    }

    private static Entry entry(RankedPlacement r) {
        Placement p = r.placement();
        return new Entry(p.id(), r.rank(), Money.pence(p.getNetWeeklyCost()), p.weeksPerYear(), p.start(),
                p.plannedEnd(), r.savingsPlan().counted().stream().map(Finding::ruleId).toList(),
                Money.pence(r.councilReduction().fullYear()));
    }

    public RecordedCaseload withReceipt(String id) {
        return new RecordedCaseload(id, asOf, yearStart, yearEnd, topCount, entries);
    }

    /** Placement id to entry, in rank order. */
    public Map<String, Entry> byPlacement() {
        return entries.stream().collect(Collectors.toMap(Entry::placementId, e -> e, (a, b) -> a, LinkedHashMap::new));
    }

    /** The top N, in rank order. */
    public List<Entry> top() {
        return entries.stream().filter(e -> e.rank() <= topCount).toList();
    }
}
