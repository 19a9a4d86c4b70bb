package placementreview.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row; columns sized to their widest cell, numbers right-aligned. */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    public TextTable(String[] header, boolean[] rightAligned) {
        this.rightAligned = rightAligned;
        rows.add(header);
    }

    /** A row; a line break or other control character in a cell is escaped, so one row stays one line. */
    public void add(String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : TerminalText.escape(cells[i]);
        }
        rows.add(safe);
    }

    public String render(String indent) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                String format = "%" + (rightAligned[i] ? "" : "-") + widths[i] + "s";
                line.append(String.format(format, row[i])).append(i < row.length - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
