package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import placementreview.testing.RuleFolders;

/** A rule file may call only the rule API, the model and value types: each way round that is refused, by line. */
class RuleCodeGuardTest {
    private static final String HEAD = "package costreduction\nimport placementreview.model.Placement\n";

    @TempDir
    Path dir;

    private static String rule(String when, String then) {
        return HEAD + "rule \"r\" @id(\"XX-1\") @policy(\"p\")\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "System in a consequence        | $p : Placement()                         | System.exit(0);                         | 7 | System",
        "a file through a qualified name| $p : Placement()                         | java.nio.file.Files.delete(null);       | 7 | java.nio.file.Files.delete",
        "Runtime in a constraint        | Placement( eval(Runtime.getRuntime() != null) ) | ;                                | 5 | Runtime",
        "reflection                     | $p : Placement()                         | $p.getClass().getMethod(\"x\");         | 7 | getClass",
        "a class literal                | $p : Placement()                         | Object o = String.class;                | 7 | class",
        "a thread                       | $p : Placement()                         | new Thread().start();                   | 7 | Thread",
        "new of a non-value type        | $p : Placement()                         | Object o = new java.util.ArrayList();   | 7 | creates a java.util.ArrayList",
        "the engine's handles           | $p : Placement()                         | drools.getKieRuntime();                 | 7 | drools",
        "a while loop                   | $p : Placement()                         | while (true) { }                        | 7 | while",
        "a counting for loop            | $p : Placement()                         | for (int i = 0; i < 9; i++) { }         | 7 | counting for loop",
        "a lambda                       | $p : Placement()                         | Runnable r = () -> {};                  | 7 | lambda",
        "the project's own engine       | $p : Placement()                         | placementreview.engine.RulebaseLoader.load(null); | 7 | placementreview.engine",
    })
    void aForbiddenCallIsRefusedNamingFileAndLine(String what, String when, String then, int line, String named) {
        assertThat(RuleCodeGuard.check("f.drl", rule(when, then))).isNotEmpty()
                .anySatisfy(p -> assertThat(p).startsWith("f.drl:" + line + ": ").contains(named));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an import of java.io            | import java.io.File                                          | java.io.File",
        "an import function              | import function java.lang.System.exit                        | import function",
        "an import static                | import static java.lang.System.exit                          | import static",
        "a custom accumulate function    | import accumulate com.evil.Acc evil                          | import accumulate",
        "a function block                | function void run() { }                                      | function",
        "a global                        | global java.util.List out                                    | global",
        "the MVEL dialect                | dialect \"mvel\"                                             | dialect",
    })
    void aForbiddenDeclarationIsRefused(String what, String declaration, String named) {
        String text = HEAD + declaration + "\n" + rule("$p : Placement()", ";").substring(HEAD.length());
        assertThat(RuleCodeGuard.check("f.drl", text)).anySatisfy(p -> assertThat(p).startsWith("f.drl:3: ")
                .contains(named));
    }

    @Test
    void aUnicodeEscapeThatHidesAQuoteIsRefused() {
        String text = rule("$p : Placement()", "String s = \"\\u0022; System.exit(0); \\u0022\";");
        assertThat(RuleCodeGuard.check("f.drl", text)).anySatisfy(p -> assertThat(p).contains("Unicode escape"));
    }

    @Test
    void wordsInCommentsAndStringsAreNotCode() {
        String text = rule("$p : Placement() // System.exit while for class", "String s = \"Runtime.exec while\";");
        assertThat(RuleCodeGuard.check("f.drl", text)).isEmpty();
    }

    @Test
    void valueTypesModelAndRuleApiAreAllowed() {
        String text = HEAD + "import java.math.BigDecimal\nimport placementreview.ruleapi.OptionMath\n"
                + rule("$p : Placement( weeklyCost > 100 )", "BigDecimal x = new BigDecimal(\"1.00\").add("
                + "java.math.BigDecimal.ONE); for (Object o : java.util.List.of(x)) { }").substring(HEAD.length());
        assertThat(RuleCodeGuard.check("f.drl", text)).isEmpty();
    }

    @Test
    void theShippedRulesPass() {
        RuleFolder folder = RuleFolder.of(Path.of("rules"));
        for (Path file : folder.files()) {
            if (file.toString().endsWith(".drl")) {
                assertThat(RuleCodeGuard.check(file.toString(), read(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aFolderWithAForbiddenCallIsRefusedBeforeItCompiles() throws Exception {
        Path rules = RuleFolders.shippedPlus(dir, rule("$p : Placement()", "System.exit(3);"));
        assertThatThrownBy(() -> RulebaseLoader.load(RuleFolder.of(rules)))
                .isInstanceOf(RulebaseException.class)
                .hasMessageContaining("a rule folder is code")
                .hasMessageContaining(rules.resolve("cost-reduction/extra.drl") + ":7: uses \"System\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
