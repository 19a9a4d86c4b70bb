package placementreview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import placementreview.engine.RuleFolder;
import placementreview.engine.Rulebase;
import placementreview.engine.RulebaseLoader;
import placementreview.review.ReviewService;

/** The project's rules/ folder, compiled once per test run and shared by every test. */
public final class TestRules {
    private static final Path RULES = Path.of("rules");
    private static Rulebase rulebase;

    private TestRules() {
    }

    public static synchronized Rulebase rulebase() {
        if (rulebase == null) {
            rulebase = RulebaseLoader.load(RuleFolder.of(RULES));
        }
        return rulebase;
    }

    public static ReviewService service() {
        return new ReviewService(rulebase());
    }

    /**
     * A council's edit: a copy of rules/ under {@code tmp} with one file changed by {@code edit}, loaded as a
     * rulebase (the way a council changes policy, with no Java change).
     */
    public static Rulebase edited(Path tmp, String file, UnaryOperator<String> edit) {
        try {
            Path copy = tmp.resolve("rules");
            try (Stream<Path> walk = Files.walk(RULES)) {
                for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = copy.resolve(RULES.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            Path changed = copy.resolve(file);
            String before = Files.readString(changed);
            String after = edit.apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit changed nothing in " + file);
            }
            Files.writeString(changed, after);
            return RulebaseLoader.load(RuleFolder.of(copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
