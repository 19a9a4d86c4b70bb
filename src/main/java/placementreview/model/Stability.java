package placementreview.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Stability evidence. A null list means "not known"; an empty list means "none recorded".
 * Durations are always derived from the dates, never stored.
 */
public record Stability(List<LocalDate> seriousIncidents, List<LocalDate> missingEpisodes, Integer schoolAttendancePct,
                        Integer placementMoves12m, Integer sdqTotal) {
    public static final Stability UNKNOWN = new Stability(null, null, null, null, null);
}
