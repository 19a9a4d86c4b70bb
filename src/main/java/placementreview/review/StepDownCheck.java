package placementreview.review;

import java.time.LocalDate;
import placementreview.model.Capacity;
import placementreview.model.Placement;

/**
 * The social worker's check of one placement: the child's step-down criteria and routes, as of the review date.
 * {@code caseloadConsidered} is false when the case file held this placement only: in-house capacity then comes from
 * the file's header as it stands, without weighing other children's moves for the same places.
 */
public record StepDownCheck(Placement placement, LocalDate asOf, String rulebaseVersion, StepDown stepDown,
                            boolean caseloadConsidered, Capacity capacity, String inputSha256) {
}
