package placementreview.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, refusing bytes that are not UTF-8 (never replacing them), and hands out every character before
 * such bytes before it fails: the parser then reports the exact line and column where the bad bytes stand. (The
 * JDK's InputStreamReader drops the characters decoded in the same call.)
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16_384).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException failure;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            if (failure != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                throw failure;
            }
            var result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = new MalformedInputException(result.length());
            } else if (result.isOverflow() || out.position() > offset) {
                return out.position() - offset;
            } else if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                return out.position() > offset ? out.position() - offset : -1;
            } else {
                fill();
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
