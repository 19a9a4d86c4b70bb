package placementreview.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The panel's decisions as {@code decisions} lists them, oldest first, each with where it stands: superseded, or in
 * force and (for an agreed one) its delivery at the latest recorded review of its authority.
 */
public record DecisionListing(List<Row> rows) {

    /**
     * inForce: not superseded. action: the delivery of an agreed decision in force, judged at {@code judgedAt} (the
     * latest recorded review of its authority, of date {@code judgedAsOf}); null for other decisions. open: an agreed
     * action not yet delivered or ended, or a deferral or request for information the panel has still to settle.
     */
    public record Row(Decision decision, boolean inForce, SinceLast.Action action, String judgedAt,
                      LocalDate judgedAsOf, boolean open) {
    }
}
