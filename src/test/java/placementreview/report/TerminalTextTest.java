package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlCharactersBecomeVisibleEscapesAndOrdinaryTextIsUntouched() {
        assertThat(TerminalText.escape("P-00049 £6,500.00 Zoë")).isEqualTo("P-00049 £6,500.00 Zoë");
        assertThat(TerminalText.escape("a\u001b[2Jb\rc\bd\u0007e\u007ff\u009bg\u202eh\u2066i\nj\tk"))
                .isEqualTo("a\\u001B[2Jb\\u000Dc\\u0008d\\u0007e\\u007Ff\\u009Bg\\u202Eh\\u2066i\\u000Aj\\u0009k");
        assertThat(TerminalText.escapeKeepingLines("one\ntwo\u001b[K")).isEqualTo("one\ntwo\\u001B[K");
    }

    @Test
    void theWriterKeepsLineBreaksAndEscapesTheRest() throws IOException {
        StringWriter out = new StringWriter();
        try (Writer terminal = TerminalText.writer(out)) {
            terminal.write("row 1\n");
            terminal.write('\u001b');
            terminal.write("[31mred\r\n".toCharArray(), 0, 9);
        }
        assertThat(out).hasToString("row 1\n\\u001B[31mred\\u000D\n");
    }

    @Test
    void aTableCellStaysOnOneLine() {
        TextTable table = new TextTable(new String[] {"id", "ref"}, new boolean[] {false, false});
        table.add("P-1\nTotal  £0", "C-1");
        assertThat(table.render("").lines()).hasSize(2).last().asString().startsWith("P-1\\u000ATotal  £0");
    }
}
