package placementreview.engine;

import java.util.List;
import placementreview.model.Finding;
import placementreview.model.Placement;

/** The outcome of running the rules over one placement: its findings (sorted by rule id) and the trace. */
public record Evaluation(Placement placement, List<Finding> findings, List<TraceEntry> trace) {
}
