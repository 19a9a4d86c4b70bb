package placementreview.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import placementreview.review.ActionDelivery;
import placementreview.review.CostPoint;
import placementreview.review.Decision;
import placementreview.review.DecisionKind;
import placementreview.review.DecisionListing;
import placementreview.review.DeliveryStatus;
import placementreview.review.NewDecision;
import placementreview.review.PlacementHistory;
import placementreview.review.RecordedCaseload;
import placementreview.review.SinceLast;
import placementreview.review.SinceLastPanel;

/**
 * The panel's monthly cycle over the receipt database (docs/panel-cycle.md): record a decision on an option of a
 * recorded review, list the decisions with their delivery, compare a review with the last panel's, and a
 * placement's history. The command line and the service both call this.
 */
public final class PanelCycle {
    private static final int OWNER_LENGTH = 200;
    private static final int NOTE_LENGTH = 2000;

    private final ReceiptStore receipts;
    private final DecisionStore decisions;

    public PanelCycle(ReceiptStore receipts) {
        this.receipts = receipts;
        this.decisions = new DecisionStore(receipts.database());
    }

    /**
     * Records one decision after checking every reference (the receipt is a recorded review, the placement is in
     * its top N, the option is one of its findings there) and value: a {@link BadReference} when one fails, and then
     * nothing is written.
     */
    public Decision decide(NewDecision d, Instant now) {
        Receipt receipt = receipt("receipt", d.receiptId());
        DecisionStore.ReviewReceipt review = decisions.reviewReceipt(receipt.id()).orElseThrow();
        if (!"review".equals(receipt.command())) {
            throw new BadReference("receipt", "receipt " + receipt.id() + " is a " + receipt.command()
                    + ", not a review: the panel decides on the options of a recorded review");
        }
        if (!review.review()) {
            throw new BadReference("receipt", "receipt " + receipt.id() + " was recorded before the panel's "
                    + "decisions were kept (it has no caseload): record the review again and decide on that");
        }
        String placementId = required("placement", d.placementId());
        List<String> shown = decisions.shownPlacements(receipt.id());
        if (!shown.contains(placementId)) {
            throw new BadReference("placement", "placement " + placementId + " is not in receipt " + receipt.id()
                    + " (its review shows " + shown.size() + " placement(s)" + first(shown) + ")");
        }
        String ruleId = required("option", d.ruleId());
        List<DecisionStore.Option> options = decisions.options(receipt.id(), placementId);
        DecisionStore.Option option = options.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new BadReference("option", "option " + ruleId + " not found for placement "
                        + placementId + " in receipt " + receipt.id() + " (its findings there: "
                        + (options.isEmpty() ? "none" : options.stream().map(DecisionStore.Option::ruleId).distinct()
                        .collect(Collectors.joining(", "))) + ")"));
        if (d.decision() == null) {
            throw new BadReference("decision", "give the decision: AGREED, REJECTED, DEFERRED or MORE_INFORMATION");
        }
        String owner = required("owner", d.owner());
        if (owner.length() > OWNER_LENGTH) {
            throw new BadReference("owner", "owner is longer than " + OWNER_LENGTH + " characters");
        }
        if (d.due() == null) {
            throw new BadReference("due", "give the due date (YYYY-MM-DD)");
        }
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw new BadReference("note", "note is longer than " + NOTE_LENGTH + " characters");
        }
        BigDecimal target = target(d, option, placementId);
        return decisions.insert(ReceiptIds.next(now), now, receipt.authority(), receipt.id(), placementId, ruleId,
                d.decision(), owner, d.due(), target, note, d.recordedBy());
    }

    private static BigDecimal target(NewDecision d, DecisionStore.Option option, String placementId) {
        BigDecimal target = d.targetWeekly() != null ? d.targetWeekly() : option.weeklySaving();
        if (target == null) {
            if (d.decision() == DecisionKind.AGREED) {
                throw new BadReference("targetWeekly", "option " + option.ruleId() + " of " + placementId
                        + " has no weekly saving: give the target (--target-weekly AMOUNT) the action is to bring");
            }
            return null;
        }
        if (target.signum() <= 0) {
            throw new BadReference("targetWeekly", "the target must be a weekly amount above £0, not " + target);
        }
        return target.setScale(2, RoundingMode.HALF_UP);
    }

    /** The decisions, oldest first, on one placement when given; only the open ones when asked. */
    public DecisionListing decisions(String placementId, boolean openOnly) {
        List<Decision> all = decisions.decisions(blankToNull(placementId), null);
        Map<String, List<Decision>> byAuthority = all.stream().collect(Collectors.groupingBy(
                d -> d.authority() == null ? "" : d.authority(), java.util.TreeMap::new, Collectors.toList()));
        Map<String, DecisionListing.Row> rows = new java.util.HashMap<>();
        byAuthority.forEach((authority, list) -> {
            DecisionStore.ReviewReceipt latest = decisions.latestReview(authority).orElseThrow();
            RecordedCaseload now = decisions.caseload(latest.id()).orElseThrow();
            List<Decision> inForce = latestOnEachOption(decisions.decisions(null, authority));
            Set<String> inForceIds = inForce.stream().map(Decision::id).collect(Collectors.toSet());
            List<Decision> actions = inForce.stream().filter(d -> !d.reviewAsOf().isAfter(now.asOf())).toList();
            Map<String, List<CostPoint>> history = decisions.costHistory(authority,
                    placements(actions), latest.id());
            Map<String, SinceLast.Action> delivery = ActionDelivery.at(now, actions, history).stream()
                    .collect(Collectors.toMap(SinceLast.Action::decisionId, a -> a));
            for (Decision d : list) {
                boolean inForceNow = inForceIds.contains(d.id());
                SinceLast.Action action = inForceNow ? delivery.get(d.id()) : null;
                rows.put(d.id(), new DecisionListing.Row(d, inForceNow, action, latest.id(), latest.asOf(),
                        inForceNow && open(d, action)));
            }
        });
        return new DecisionListing(all.stream().map(d -> rows.get(d.id()))
                .filter(r -> !openOnly || r.open()).toList());
    }

    private static boolean open(Decision d, SinceLast.Action action) {
        return switch (d.decision()) {
            case AGREED -> action == null || action.status() == DeliveryStatus.NOT_YET
                    || action.status() == DeliveryStatus.OVERDUE || action.status() == DeliveryStatus.PARTLY;
            case DEFERRED, MORE_INFORMATION -> true;
            case REJECTED -> false;
        };
    }

    /**
     * "Since the last panel" for a review about to be recorded as {@code receiptId}: compared with {@code since}
     * (a receipt id or prefix) when given, else with the authority's previous recorded review; the actions are the
     * decisions in force when the review started (so a replay sees the same).
     */
    public SinceLast sinceLast(RecordedCaseload now, String authority, String receiptId, String since) {
        long[] start = Timing.start();
        DecisionStore.ReviewReceipt previous = null;
        if (since != null) {
            Receipt named = receipt("since", since);
            previous = decisions.reviewReceipt(named.id()).filter(DecisionStore.ReviewReceipt::review)
                    .orElseThrow(() -> new BadReference("since", "receipt " + named.id() + " is not a recorded "
                            + "review with its caseload: --since needs one"));
        } else {
            previous = decisions.previousReview(authority, now.asOf(), receiptId).orElse(null);
        }
        RecordedCaseload before = previous == null ? null : decisions.caseload(previous.id()).orElseThrow();
        List<Decision> inForce = decisions.inForceAt(authority, now.asOf(), receiptId);
        Map<String, List<CostPoint>> history = decisions.costHistory(authority, placements(inForce), receiptId);
        SinceLast.PreviousReceipt previousReceipt = previous == null ? null
                : new SinceLast.PreviousReceipt(previous.id(), previous.asOf(), previous.recordedAt());
        SinceLast compared = SinceLastPanel.compare(now.withReceipt(receiptId), previousReceipt, before, inForce,
                history);
        Timing.since(start, "since the last panel read and compared");
        return compared;
    }

    /** Whether the receipt's output compared it with the last panel (replay must do the same). */
    public boolean comparedWithLastPanel(String receiptId) {
        return decisions.reviewReceipt(receiptId).map(DecisionStore.ReviewReceipt::sinceLast).orElse(false);
    }

    /** The placement across the recorded reviews that had it, with the decisions on it in each. */
    public PlacementHistory history(String placementId) {
        String id = required("placement", placementId);
        List<Decision> onIt = decisions.decisions(id, null);
        List<PlacementHistory.Point> points = new ArrayList<>();
        for (DecisionStore.HistoryRow row : decisions.placementHistory(id)) {
            RecordedCaseload.Entry e = row.entry();
            points.add(new PlacementHistory.Point(row.receiptId(), row.asOf(), row.recordedAt(), row.authority(),
                    e.rank(), e.rank() <= row.topCount(), e.netWeekly(), e.countedRuleIds(), e.reductionFullYear(),
                    onIt.stream().filter(d -> d.receiptId().equals(row.receiptId())).toList()));
        }
        return new PlacementHistory(id, points);
    }

    /** The receipt with this id or id prefix; a missing, short or ambiguous one is a bad reference. */
    private Receipt receipt(String field, String idOrPrefix) {
        String text = required(field, idOrPrefix);
        if (text.length() < 8) {
            throw new BadReference(field, "give the receipt id (at least its first 8 characters), not \"" + text
                    + "\"");
        }
        java.util.Optional<Receipt.Details> found;
        try {
            found = receipts.find(text);
        } catch (StoreException e) {
            if (e.getMessage() != null && e.getMessage().contains("starts more than one receipt id")) {
                throw new BadReference(field, e.getMessage());
            }
            throw e;
        }
        return found.orElseThrow(() -> new BadReference(field, "no receipt " + text + " in "
                + receipts.database().url().display())).receipt();
    }

    private static List<Decision> latestOnEachOption(List<Decision> oldestFirst) {
        Map<String, Decision> latest = new java.util.LinkedHashMap<>();
        oldestFirst.forEach(d -> latest.put(d.placementId() + "\u0000" + d.ruleId(), d));
        return List.copyOf(latest.values());
    }

    private static Set<String> placements(List<Decision> list) {
        return list.stream().filter(d -> d.decision() == DecisionKind.AGREED).map(Decision::placementId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadReference(field, "give the " + field);
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String first(List<String> ids) {
        return ids.isEmpty() ? "" : ": " + String.join(", ", ids.subList(0, Math.min(5, ids.size())))
                + (ids.size() > 5 ? ", ..." : "");
    }
}
