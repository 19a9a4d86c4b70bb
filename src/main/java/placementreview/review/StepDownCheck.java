package placementreview.review;

import java.time.LocalDate;
import placementreview.model.Placement;

/** The social worker's check of one placement: the child's step-down criteria and routes, as of the review date. */
public record StepDownCheck(Placement placement, LocalDate asOf, String rulebaseVersion, StepDown stepDown,
                            String inputSha256) {
}
