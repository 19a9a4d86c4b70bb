package placementreview.http;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import placementreview.io.Sha256;
import placementreview.model.CaseFile;

/**
 * The case files read from the most recent request bodies, by the SHA-256 of the body's bytes, its format and the
 * review date asked for: a social worker checking child after child sends the same file again and again, and reading
 * it again gives the same case file (reading is pure, and a case file is immutable), so it is read once. Bounded:
 * bodies over {@value #LARGEST_BODY} bytes are not kept, and the bodies kept add up to at most
 * {@value #BUDGET_BYTES} bytes (the newest first). Thread-safe.
 */
final class ParsedBodies {
    static final int LARGEST_BODY = 1024 * 1024;
    static final int BUDGET_BYTES = 2 * 1024 * 1024;

    private record Key(String sha256, boolean csv, LocalDate asOf) {
    }

    private record Entry(CaseFile caseFile, int bytes) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long kept;

    /** The case file of this body, from an earlier request with the same bytes or from {@code read} (then kept). */
    CaseFile read(byte[] body, boolean csv, LocalDate asOf, Supplier<CaseFile> read) {
        if (body.length > LARGEST_BODY) {
            return read.get();
        }
        Key key = new Key(Sha256.of(body), csv, asOf);
        synchronized (entries) {
            Entry cached = entries.get(key);
            if (cached != null) {
                return cached.caseFile();
            }
        }
        CaseFile caseFile = read.get();
        synchronized (entries) {
            if (entries.putIfAbsent(key, new Entry(caseFile, body.length)) == null) {
                kept += body.length;
            }
            Iterator<Entry> eldest = entries.values().iterator();
            while (kept > BUDGET_BYTES) {
                kept -= eldest.next().bytes();
                eldest.remove();
            }
        }
        return caseFile;
    }

    /** How many bodies' case files are kept now. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
