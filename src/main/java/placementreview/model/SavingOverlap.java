package placementreview.model;

import java.util.List;

/**
 * Which part of a placement's cost an option family reduces (rules/reference/saving-overlap.csv). Options that reduce
 * the same part are alternatives; options on different parts add up; {@link #WHOLE_PACKAGE} overlaps every part.
 */
public record SavingOverlap(String family, String reduces, String source) {
    public static final String WHOLE_PACKAGE = "whole package";

    /** The values the {@code reduces} column may take: the whole package or one component of the weekly cost. */
    public static final List<String> PARTS = List.of(WHOLE_PACKAGE, "core fee", "additional staffing", "education",
            "therapy", "transport");
}
