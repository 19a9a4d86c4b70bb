package placementreview.report;

/** Escaping for text from case files and rules placed in HTML or SVG: nothing from a case file is ever markup. */
final class Html {
    private Html() {
    }

    static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table row of already-escaped cells; cells starting with "£" or "-£" are right-aligned numbers. */
    static String row(String tag, String... cells) {
        StringBuilder out = new StringBuilder("<tr>");
        for (String cell : cells) {
            boolean number = cell.startsWith("£") || cell.startsWith("-£") || cell.matches("[\\d.,%]+");
            out.append('<').append(tag).append(number ? " class=\"num\"" : "").append('>').append(cell)
                    .append("</").append(tag).append('>');
        }
        return out.append("</tr>\n").toString();
    }
}
