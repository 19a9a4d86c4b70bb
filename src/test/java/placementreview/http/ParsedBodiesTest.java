package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;

/** A body read once is not read again; another body, format or date is; the kept bodies stay within the budget. */
class ParsedBodiesTest {
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<CaseFile> reading(String name) {
        return () -> {
            reads.incrementAndGet();
            return new CaseFile(name, LocalDate.of(2026, 11, 23), null, null, List.of(), List.of());
        };
    }

    @Test
    void theSameBodyIsReadOnceAndAnotherBodyFormatOrDateIsReadOnItsOwn() {
        ParsedBodies bodies = new ParsedBodies();
        byte[] a = "{\"authority\": \"A\"}".getBytes();
        byte[] b = "{\"authority\": \"B\"}".getBytes();
        CaseFile first = bodies.read(a, false, null, reading("A"));
        assertThat(bodies.read(a.clone(), false, null, reading("again"))).isSameAs(first);
        assertThat(reads).hasValue(1);
        assertThat(bodies.read(b, false, null, reading("B")).authority()).isEqualTo("B");
        assertThat(bodies.read(a, true, null, reading("A as CSV")).authority()).isEqualTo("A as CSV");
        assertThat(bodies.read(a, false, LocalDate.of(2026, 12, 1), reading("A on 1 Dec")).authority())
                .isEqualTo("A on 1 Dec");
        assertThat(reads).hasValue(4);
        assertThat(bodies.read(a, false, null, reading("again")).authority()).isEqualTo("A");
        assertThat(bodies.size()).isEqualTo(4);
    }

    @Test
    void keepsNoBodyOverTheLimitAndOnlyTheNewestWithinTheBudget() {
        ParsedBodies bodies = new ParsedBodies();
        bodies.read(new byte[ParsedBodies.LARGEST_BODY + 1], false, null, reading("large"));
        assertThat(bodies.size()).isZero();
        int third = ParsedBodies.BUDGET_BYTES / 3 + 1;
        for (int i = 0; i < 5; i++) {
            byte[] body = new byte[third];
            body[0] = (byte) i;
            bodies.read(body, false, null, reading("body " + i));
        }
        assertThat(bodies.size()).isEqualTo(2);
        byte[] newest = new byte[third];
        newest[0] = 4;
        assertThat(bodies.read(newest, false, null, reading("read again")).authority()).isEqualTo("body 4");
        byte[] oldest = new byte[third];
        assertThat(bodies.read(oldest, false, null, reading("read again")).authority()).isEqualTo("read again");
    }
}
