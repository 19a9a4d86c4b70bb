package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.report.ReviewJson;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;

/** The compiled-rules cache: a cached rulebase reviews exactly as a freshly compiled one; a bad cache is ignored. */
class KieBaseCacheTest {
    private static final Path DEMO = Path.of("cases/demo/demo-authority.json");

    @TempDir
    Path dir;

    private static String reviewJson(Rulebase rulebase) throws IOException {
        ReviewService service = new ReviewService(rulebase);
        StringWriter out = new StringWriter();
        ReviewJson.write(service.review(service.read(List.of(DEMO), null), ReviewOptions.defaults()), out);
        return out.toString();
    }

    @Test
    void aCachedRulebaseGivesTheSameReviewAndCatalogueAsACompiledOne() throws IOException {
        KieBaseCache cache = new KieBaseCache(dir, "test-build");
        Rulebase compiled = RulebaseLoader.load(RuleFolder.of(Path.of("rules")), Optional.of(cache));
        assertThat(cache.file(compiled.version())).isRegularFile();
        assertThat(cache.load(compiled.version())).isPresent();
        Rulebase cached = RulebaseLoader.load(RuleFolder.of(Path.of("rules")), Optional.of(cache));
        assertThat(cached.catalogue()).isEqualTo(compiled.catalogue());
        assertThat(reviewJson(cached)).isEqualTo(reviewJson(compiled));
    }

    @Test
    void anUnreadableCacheFileIsDeletedAndTheRulesAreCompiled() throws IOException {
        KieBaseCache cache = new KieBaseCache(dir, "test-build");
        String version = RulebaseLoader.version(RuleFolder.of(Path.of("rules")));
        Files.write(cache.file(version), new byte[] {1, 2, 3, 4});
        assertThat(cache.load(version)).isEmpty();
        assertThat(cache.file(version)).doesNotExist();
        Rulebase rulebase = RulebaseLoader.load(RuleFolder.of(Path.of("rules")), Optional.of(cache));
        assertThat(rulebase.catalogue()).isNotEmpty();
    }

    @Test
    void anotherBuildOfTheToolDoesNotReuseTheCache() {
        String version = RulebaseLoader.version(RuleFolder.of(Path.of("rules")));
        assertThat(new KieBaseCache(dir, "build-a").file(version))
                .isNotEqualTo(new KieBaseCache(dir, "build-b").file(version));
    }

    @Test
    void onlyTheNewestEightEntriesAreKept() throws IOException {
        Rulebase rulebase = TestRulesHolder.RULES;
        for (int i = 0; i < 10; i++) {
            Path old = dir.resolve("kiebase-old" + i + ".bin");
            Files.write(old, new byte[] {1});
            old.toFile().setLastModified(1_000_000L * (i + 1));
        }
        new KieBaseCache(dir, "build").store(rulebase.version(), rulebase.kieBase());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("kiebase-")).toList())
                    .hasSize(8)
                    .contains(new KieBaseCache(dir, "build").file(rulebase.version()).getFileName().toString())
                    .doesNotContain("kiebase-old0.bin", "kiebase-old1.bin", "kiebase-old2.bin");
        }
    }

    @Test
    void anEntryChangedOnDiskIsIgnoredDeletedAndRebuilt() throws IOException {
        KieBaseCache cache = new KieBaseCache(dir, "test-build");
        Rulebase rulebase = TestRulesHolder.RULES;
        cache.store(rulebase.version(), rulebase.kieBase());
        Path entry = cache.file(rulebase.version());
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 10] ^= 1;
        Files.write(entry, bytes);
        assertThat(cache.load(rulebase.version())).isEmpty();
        assertThat(entry).doesNotExist();
        RulebaseLoader.load(RuleFolder.of(Path.of("rules")), Optional.of(cache));
        assertThat(cache.load(rulebase.version())).isPresent();
    }

    @Test
    void anEntryPlantedFromAnotherKeyIsNeverRead() throws IOException {
        Rulebase rulebase = TestRulesHolder.RULES;
        KieBaseCache theirs = new KieBaseCache(dir.resolve("theirs"), "test-build");
        KieBaseCache mine = new KieBaseCache(dir.resolve("mine"), "test-build");
        theirs.store(rulebase.version(), rulebase.kieBase());
        assertThat(theirs.load(rulebase.version())).isPresent();
        mine.store(rulebase.version(), rulebase.kieBase());
        Files.copy(theirs.file(rulebase.version()), mine.file(rulebase.version()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(mine.load(rulebase.version())).isEmpty();
        assertThat(mine.file(rulebase.version())).doesNotExist();
    }

    @Test
    void theFolderTheKeyAndTheEntriesAreOwnerOnly() throws IOException {
        Path folder = dir.resolve("cache");
        KieBaseCache cache = new KieBaseCache(folder, "test-build");
        Rulebase rulebase = TestRulesHolder.RULES;
        cache.store(rulebase.version(), rulebase.kieBase());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("hmac.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file(rulebase.version()))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFolderOthersCanWriteIsNotUsed() throws IOException {
        Path shared = dir.resolve("shared");
        Files.createDirectories(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        KieBaseCache cache = new KieBaseCache(shared, "test-build");
        Rulebase rulebase = TestRulesHolder.RULES;
        cache.store(rulebase.version(), rulebase.kieBase());
        assertThat(cache.file(rulebase.version())).doesNotExist();
        assertThat(cache.load(rulebase.version())).isEmpty();
    }

    @Test
    void aKeyOthersCanReadIsNotTrusted() throws IOException {
        KieBaseCache cache = new KieBaseCache(dir, "test-build");
        Rulebase rulebase = TestRulesHolder.RULES;
        cache.store(rulebase.version(), rulebase.kieBase());
        assertThat(cache.load(rulebase.version())).isPresent();
        Files.setPosixFilePermissions(dir.resolve("hmac.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(cache.load(rulebase.version())).isEmpty();
    }

    private static final class TestRulesHolder {
        static final Rulebase RULES = placementreview.testing.TestRules.rulebase();
    }
}
