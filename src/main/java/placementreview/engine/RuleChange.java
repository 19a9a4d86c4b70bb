package placementreview.engine;

import java.util.List;

/**
 * One file that differs between two rule folders: added, removed, changed (its SHA-256 differs) or, for parameters
 * set on the command line, "set" (the file is unchanged; its rows are changed in memory). A reference table lists
 * its rows added, removed or changed; a rule file the rules added, removed or changed, by id.
 *
 * @param file         the path within the rule folder ("reference/parameters.csv")
 * @param sha256Before the file's SHA-256 in the base folder, or null when it was added
 * @param sha256After  its SHA-256 in the changed folder, or null when it was removed or changes are only set
 */
public record RuleChange(String file, String change, String sha256Before, String sha256After, List<Row> rows,
                         List<Rule> rules) {
    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";
    public static final String SET = "set";

    /** A reference-table row, named by its key columns ("very-high-cost-weekly"), with the row's source. */
    public record Row(String key, String change, List<Cell> cells, String source) {
    }

    /** One cell whose text differs (null: the column is absent on that side). */
    public record Cell(String column, String before, String after) {
    }

    /** A rule, by its @id and name; a rule that moved to another file names the file it came from. */
    public record Rule(String id, String change, String name, String movedFrom) {
    }
}
