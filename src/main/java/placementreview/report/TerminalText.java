package placementreview.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text shown in a terminal holds no character that drives it: C0 controls (escape, carriage return, backspace,
 * bell...), DEL, C1 controls and the bidirectional overrides that reorder what is shown are written as
 * {@code \u001B}-style escapes, so a case field can never clear the screen, rewrite a line or hide text.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** A value for one line (a table cell, an id): every control character escaped, line breaks too. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** A message that may run over several lines: line feeds kept, every other control character escaped. */
    public static String escapeKeepingLines(String text) {
        return escape(text, true);
    }

    /** A writer that escapes what passes through it, keeping line feeds (the table format's own line breaks). */
    public static Writer writer(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(escape(String.valueOf((char) c), true));
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                out.write(escape(new String(buffer, offset, length), true));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                out.write(escape(text.substring(offset, offset + length), true));
            }
        };
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = isControl(c) && !(keepLines && c == '\n');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (unsafe) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
