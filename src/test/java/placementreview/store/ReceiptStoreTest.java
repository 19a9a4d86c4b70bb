package placementreview.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import placementreview.io.Sha256;

/** The receipt store on H2 and PostgreSQL: contents once per hash, the log's filters, prefixes, purge. */
class ReceiptStoreTest {
    private static final Instant MARCH = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-10T10:00:00Z");

    private static Stream<TestDatabases> databases() {
        return TestDatabases.both();
    }

    private static NewReceipt receipt(Instant at, String input, String ruleText, String rulebase, Shown shown) {
        TreeMap<String, byte[]> files = new TreeMap<>(Map.of("cost-reduction/fees.drl",
                ruleText.getBytes(StandardCharsets.UTF_8), "reference/rates.csv", "a,source\n".getBytes()));
        StoredInput stored = Recorder.input("cases/demo.json", false, input.getBytes(StandardCharsets.UTF_8));
        byte[] output = ("{\"input\": \"" + input + "\"}").getBytes(StandardCharsets.UTF_8);
        return new NewReceipt(ReceiptIds.next(at), at, "review", List.of("review", "cases/demo.json"), "json",
                LocalDate.of(2026, 3, 1), "Demo", "0.1.0+abc", "java 17", "10.2.0", rulebase, "rules (packaged)",
                files, List.of(stored), stored.sha256(), output, Sha256.of(output), 3, 0, "os-user test", 12, shown, null);
    }

    private static Shown shown(String placement, String rule) {
        return new Shown(List.of(new Shown.Placement(placement, 1, new BigDecimal("8770.00"))),
                List.of(new Shown.Finding(rule, placement, new BigDecimal("1250.00"))));
    }

    private static int count(ReceiptStore store, String sql) {
        return store.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void contentsAreStoredOncePerHashAndReadBackExactly(TestDatabases kind) {
        try (ReceiptStore store = new ReceiptStore(kind.open())) {
            NewReceipt first = receipt(MARCH, "same input", "rule A", "a".repeat(64), shown("P-1", "CR-02"));
            NewReceipt second = receipt(JUNE, "same input", "rule A", "a".repeat(64), shown("P-1", "CR-02"));
            store.record(first);
            store.record(second);
            assertThat(count(store, "SELECT COUNT(*) FROM input_content")).isEqualTo(1);
            assertThat(count(store, "SELECT COUNT(*) FROM rule_file_content")).isEqualTo(2);
            assertThat(store.inputs(first.id())).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("cases/demo.json");
                assertThat(new String(i.content(), StandardCharsets.UTF_8)).isEqualTo("same input");
            });
            assertThat(store.output(second.id())).hasValueSatisfying(o -> assertThat(o).isEqualTo(second.output()));
            assertThat(store.ruleFiles(first.id())).containsOnlyKeys("cost-reduction/fees.drl", "reference/rates.csv");
            Receipt.Details details = store.find(first.id().substring(0, 36)).orElseThrow();
            assertThat(details.receipt().recordedAt()).isEqualTo(MARCH);
            assertThat(details.receipt().arguments()).containsExactly("review", "cases/demo.json");
            assertThat(details.ruleFiles()).extracting(Receipt.RuleFile::sha256)
                    .contains(Sha256.of("rule A".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theLogFiltersByRulePlacementRulebaseAndDateNewestFirst(TestDatabases kind) {
        try (ReceiptStore store = new ReceiptStore(kind.open())) {
            NewReceipt march = receipt(MARCH, "march", "rule A", "a".repeat(64), shown("P-1", "CR-07"));
            NewReceipt june = receipt(JUNE, "june", "rule B", "b".repeat(64), shown("P-2", "CR-02"));
            store.record(march);
            store.record(june);
            assertThat(ids(store.list(ReceiptFilter.ALL))).containsExactly(june.id(), march.id());
            assertThat(ids(store.list(new ReceiptFilter("CR-07", null, null, null, 0)))).containsExactly(march.id());
            assertThat(ids(store.list(new ReceiptFilter(null, "P-2", null, null, 0)))).containsExactly(june.id());
            assertThat(ids(store.list(new ReceiptFilter(null, null, "bbbbbbbb", null, 0)))).containsExactly(june.id());
            assertThat(ids(store.list(new ReceiptFilter(null, null, null, LocalDate.of(2026, 6, 10), 0))))
                    .containsExactly(june.id());
            assertThat(store.list(new ReceiptFilter("CR-07", "P-2", null, null, 0))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void purgeDeletesOldOutputsAndInputsButKeepsAnInputALaterReceiptUses(TestDatabases kind) {
        try (ReceiptStore store = new ReceiptStore(kind.open())) {
            NewReceipt oldOnly = receipt(MARCH, "only in march", "rule A", "a".repeat(64), Shown.NOTHING);
            NewReceipt oldShared = receipt(MARCH.plusSeconds(1), "shared", "rule A", "a".repeat(64), Shown.NOTHING);
            NewReceipt recent = receipt(JUNE, "shared", "rule A", "a".repeat(64), Shown.NOTHING);
            List.of(oldOnly, oldShared, recent).forEach(store::record);

            ReceiptStore.Purged purged = store.purge(LocalDate.of(2026, 4, 1), JUNE.plusSeconds(60));
            assertThat(purged).isEqualTo(new ReceiptStore.Purged(2, 2, 1, "only in march".length()));
            assertThat(store.output(oldOnly.id())).isEmpty();
            assertThat(store.inputs(oldOnly.id())).singleElement().satisfies(i -> {
                assertThat(i.content()).isNull();
                assertThat(i.sha256()).isEqualTo(oldOnly.inputSha256());
            });
            assertThat(store.inputs(oldShared.id()).get(0).content()).isNotNull();
            assertThat(store.output(recent.id())).isPresent();
            Receipt kept = store.find(oldOnly.id()).orElseThrow().receipt();
            assertThat(kept.purged()).isTrue();
            assertThat(kept.outputSha256()).isEqualTo(oldOnly.outputSha256());
            assertThat(store.purge(LocalDate.of(2026, 4, 1), JUNE)).isEqualTo(new ReceiptStore.Purged(0, 0, 0, 0));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anIdIsFoundByAUniquePrefixOfEightOrMoreCharacters(TestDatabases kind) {
        try (ReceiptStore store = new ReceiptStore(kind.open())) {
            NewReceipt one = receipt(MARCH, "x", "rule A", "a".repeat(64), Shown.NOTHING);
            store.record(one);
            assertThat(store.find(one.id().substring(0, 8))).isPresent();
            assertThat(store.find("ffffffff-ffff")).isEmpty();
            assertThatThrownBy(() -> store.find("0193")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("at least its first 8 characters");
            NewReceipt sameMillisecond = receipt(MARCH, "y", "rule A", "a".repeat(64), Shown.NOTHING);
            store.record(sameMillisecond);
            assertThatThrownBy(() -> store.find(one.id().substring(0, 8))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("more than one receipt");
        }
    }

    private static List<String> ids(List<Receipt> receipts) {
        return receipts.stream().map(Receipt::id).toList();
    }
}
