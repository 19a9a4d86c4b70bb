package placementreview.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {
    @Test
    void readsUtf8AndKeepsSayingEndOfInputAfterTheEnd() throws IOException {
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream("£12 Zoë".getBytes(StandardCharsets.UTF_8)));
        char[] buffer = new char[64];
        int n = reader.read(buffer, 0, buffer.length);
        assertThat(new String(buffer, 0, n)).isEqualTo("£12 Zoë");
        assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(-1);
        assertThat(reader.read(buffer, 0, buffer.length)).isEqualTo(-1);
    }

    @Test
    void handsOutTheCharactersBeforeBadBytesThenFails() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xC2, (byte) 0xA3, (byte) 0xFF, 'c'};
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
        char[] buffer = new char[64];
        int n = reader.read(buffer, 0, buffer.length);
        assertThat(new String(buffer, 0, n)).isEqualTo("ab£");
        assertThatThrownBy(() -> reader.read(buffer, 0, buffer.length)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void aSequenceCutAtTheEndIsBadBytesNotDropped() throws IOException {
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(new byte[] {'x', (byte) 0xC2}));
        char[] buffer = new char[8];
        assertThat(reader.read(buffer, 0, 8)).isEqualTo(1);
        assertThatThrownBy(() -> reader.read(buffer, 0, 8)).isInstanceOf(MalformedInputException.class);
    }
}
