package placementreview.review;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import placementreview.model.CaseFile;
import placementreview.model.FinancialYear;
import placementreview.model.Finding;

/**
 * The caseload rules' findings (the in-house capacity allocation among them) of the case files checked most
 * recently, by the SHA-256 of the file's bytes and the dates it was reviewed at: a step-down check of one placement
 * needs the allocation across the whole caseload, which is the same for every placement of one file, so a social
 * worker checking placement after placement of a file (or the web service answering many checks of it) works it out
 * once. A case file built in memory (no hash) is never cached. Thread-safe; the newest {@value #ENTRIES} are kept.
 */
final class CaseloadCache {
    static final int ENTRIES = 8;

    private record Key(String inputSha256, LocalDate asOf, FinancialYear financialYear) {
    }

    private final Map<Key, List<Finding>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<Finding>> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The cached findings of this file, or those {@code work} gives (then kept). */
    List<Finding> get(CaseFile caseFile, Supplier<List<Finding>> work) {
        if (caseFile.inputSha256() == null) {
            return work.get();
        }
        Key key = new Key(caseFile.inputSha256(), caseFile.asOf(), caseFile.financialYear());
        synchronized (entries) {
            List<Finding> cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // worked out outside the lock: two first checks of one file may both work it out, with the same result
        List<Finding> findings = List.copyOf(work.get());
        synchronized (entries) {
            entries.putIfAbsent(key, findings);
            return entries.get(key);
        }
    }
}
