package placementreview.model;

/**
 * Which part of a placement's cost an option family reduces (rules/reference/saving-overlap.csv). Options that reduce
 * the same part are alternatives; options on different parts add up; {@link #WHOLE_PACKAGE} overlaps every part.
 */
public record SavingOverlap(String family, String reduces, String source) {
    public static final String WHOLE_PACKAGE = "whole package";
}
