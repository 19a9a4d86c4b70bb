package placementreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import placementreview.report.ReceiptStamp;

class OutputDiffTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void namesTheFirstJsonPathThatDiffersWithBothValues() {
        OutputDiff.Difference d = OutputDiff.first(
                b("{\"a\": 1, \"top\": [{\"id\": \"P-1\", \"saving\": 10.50}, {\"id\": \"P-2\"}]}"),
                b("{\"a\": 1, \"top\": [{\"id\": \"P-1\", \"saving\": 10.40}, {\"id\": \"P-3\"}]}"), Set.of());
        assertThat(d).isEqualTo(new OutputDiff.Difference("$.top[0].saving", "10.50", "10.40"));
    }

    @Test
    void aMissingOrAddedFieldOrItemIsADifference() {
        assertThat(OutputDiff.first(b("{\"a\": [1, 2]}"), b("{\"a\": [1]}"), Set.of()))
                .isEqualTo(new OutputDiff.Difference("$.a[1]", "2", null));
        assertThat(OutputDiff.first(b("{\"a\": 1}"), b("{\"a\": 1, \"b\": 2}"), Set.of()))
                .isEqualTo(new OutputDiff.Difference("$.b", null, "2"));
    }

    @Test
    void ignoredTopLevelFieldsAreSkippedAndEqualOutputsHaveNoDifference() {
        assertThat(OutputDiff.first(b("{\"toolVersion\": \"1\", \"x\": 1}"), b("{\"toolVersion\": \"2\", \"x\": 1}"),
                Set.of("toolVersion"))).isNull();
    }

    @Test
    void textOutputsAreComparedByLine() {
        assertThat(OutputDiff.first(b("Rank 1\nP-1 £10\n"), b("Rank 1\nP-1 £11\n"), Set.of()))
                .isEqualTo(new OutputDiff.Difference("line 2", "P-1 £10", "P-1 £11"));
    }

    @Test
    void theReceiptStampIsTheFirstFieldAndLeavesTheRestByteForByte() {
        String nl = System.lineSeparator();
        String json = "{" + nl + "  \"a\" : 1" + nl + "}" + nl;
        assertThat(ReceiptStamp.stamp(json, "r-1")).isEqualTo("{" + nl + "  \"receipt\" : {" + nl
                + "    \"id\" : \"r-1\"" + nl + "  }," + nl + "  \"a\" : 1" + nl + "}" + nl);
        assertThat(ReceiptStamp.stamp("Rank 1", "r-1")).isEqualTo("Rank 1");
    }
}
