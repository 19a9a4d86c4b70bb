package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.cli.CliTest.DEMO;
import static placementreview.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;

/** A rule folder that cannot be right is refused with exit 2 and one line, before anything is reviewed or served. */
class RuleFolderRefusalTest {
    @TempDir
    Path dir;

    private Path folderWith(String drl) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("reference"));
        Files.writeString(rules.resolve("reference/parameters.csv"), "name,value,unit,source\n");
        if (drl != null) {
            Files.writeString(rules.resolve("only.drl"), drl);
        }
        return rules;
    }

    private static void assertOneLineRefusal(Run r, String message) {
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("placement-review: ")
                .contains(message).doesNotContain("Exception");
    }

    @Test
    void aFolderWithoutRuleFilesIsRefused() throws IOException {
        Path rules = folderWith(null);
        assertOneLineRefusal(run("review", DEMO, "--rules", rules.toString()), "has no .drl rule files");
    }

    @Test
    void aFolderWithoutReferenceTablesIsRefused() throws IOException {
        Path rules = dir.resolve("bare");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("only.drl"), "package bare\n");
        assertOneLineRefusal(run("review", DEMO, "--rules", rules.toString()), "has no reference/*.csv tables");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path rules = folderWith("package only\n");
        Path huge = rules.resolve("huge.drl");
        try (var out = Files.newOutputStream(huge)) {
            out.write(new byte[(int) (2 * 1024 * 1024)]);
        }
        assertOneLineRefusal(run("rules", "--rules", rules.toString()), huge + ": 2097152 bytes; a rule folder file"
                + " may be at most 1048576 bytes");
    }

    @Test
    void aRuleFileThatIsNotUtf8IsRefusedNamingIt() throws IOException {
        Path rules = folderWith("package only\n");
        Files.write(rules.resolve("latin1.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9, '\n'});
        assertOneLineRefusal(run("rules", "--rules", rules.toString()), "latin1.drl: not UTF-8 text");
    }

    @Test
    void serveRefusesToStartWithRuleFilesThatDefineNoRules() throws IOException {
        Path rules = folderWith("package only\n\n// every rule was deleted\n");
        assertOneLineRefusal(run("serve", "--port", "0", "--rules", rules.toString()),
                "the rule files define no rules");
    }
}
