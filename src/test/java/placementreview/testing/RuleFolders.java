package placementreview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies of the shipped rule folder with one extra rule file, for tests of what a loaded folder may do. */
public final class RuleFolders {
    /** A rule that inserts a number for each number it sees, so it would fire for ever. */
    public static final String LOOPING_RULE = """
            package costreduction

            import java.math.BigDecimal
            import placementreview.model.Placement

            rule "A placement starts a count"
                @id("XX-98")
                @policy("test: a loop")
            when
                Placement()
            then
                insert( BigDecimal.ONE );
            end

            rule "A rule that counts up for ever"
                @id("XX-99")
                @policy("test: a loop")
            when
                $n : BigDecimal()
            then
                insert( $n.add(BigDecimal.ONE) );
            end
            """;

    private RuleFolders() {
    }

    /** The shipped rules copied to {@code into}, plus {@code extra.drl} with the given text. */
    public static Path shippedPlus(Path into, String extraDrl) {
        shipped(into);
        try {
            Files.writeString(into.resolve("cost-reduction/extra.drl"), extraDrl);
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped rules copied to {@code into}. */
    public static Path shipped(Path into) {
        Path root = Path.of("rules");
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                Path target = into.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
