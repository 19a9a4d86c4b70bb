package placementreview.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Receipt ids are UUID version 7 (RFC 9562): the first 48 bits are the time in milliseconds, so ids sort in the
 * order the receipts were recorded, and the random rest keeps two runs in the same millisecond apart.
 */
public final class ReceiptIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptIds() {
    }

    public static String next(Instant at) {
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** Whether the text has the shape of a receipt id (so a typo is told apart from an unknown receipt). */
    public static boolean looksLikeId(String text) {
        return text != null && text.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
