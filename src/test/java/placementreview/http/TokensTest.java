package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.io.InputException;

class TokensTest {
    @TempDir
    Path dir;

    @Test
    void readsTokenRolePairsSkippingCommentsAndBlankLines() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, """
                # token                       role
                aaaaaaaaaaaaaaaaaaaaaaaa      panel

                bbbbbbbbbbbbbbbbbbbbbbbb social-worker
                cccccccccccccccccccccccc auditor
                """);
        Tokens tokens = Tokens.load(file);
        assertThat(roleOf(tokens, "aaaaaaaaaaaaaaaaaaaaaaaa")).isEqualTo(Role.PANEL);
        assertThat(roleOf(tokens, "bbbbbbbbbbbbbbbbbbbbbbbb")).isEqualTo(Role.SOCIAL_WORKER);
        assertThat(roleOf(tokens, "cccccccccccccccccccccccc")).isEqualTo(Role.AUDITOR);
        assertThat(roleOf(tokens, "dddddddddddddddddddddddd")).isNull();
        assertThat(roleOf(tokens, null)).isNull();
        assertThat(roleOf(tokens, "")).isNull();
    }

    @Test
    void malformedLinesStopWithTheFileLineAndWhatIsAllowed() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, "aaaaaaaaaaaaaaaaaaaaaaaa manager\n");
        assertThatThrownBy(() -> Tokens.load(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": line 1: role \"manager\" is not one of panel, social-worker, auditor");
        Files.writeString(file, "short panel\n");
        assertThatThrownBy(() -> Tokens.load(file)).hasMessageContaining("line 1: the token is shorter than 20");
        Files.writeString(file, "# nothing\n");
        assertThatThrownBy(() -> Tokens.load(file)).hasMessageContaining("no tokens");
        Files.writeString(file, "aaaaaaaaaaaaaaaaaaaaaaaa panel label extra\n");
        assertThatThrownBy(() -> Tokens.load(file)).hasMessageContaining("expected TOKEN ROLE");
        assertThatThrownBy(() -> Tokens.load(dir.resolve("none"))).hasMessageContaining("no such tokens file");
    }

    @Test
    void aThirdWordLabelsTheTokenInReceiptsElseAHashPrefixNamesIt() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, "aaaaaaaaaaaaaaaaaaaaaaaa panel chair-jones\nbbbbbbbbbbbbbbbbbbbbbbbb auditor\n");
        Tokens tokens = Tokens.load(file);
        assertThat(tokens.callerOf("aaaaaaaaaaaaaaaaaaaaaaaa").label()).isEqualTo("chair-jones");
        assertThat(tokens.callerOf("bbbbbbbbbbbbbbbbbbbbbbbb").label()).matches("token-[0-9a-f]{8}");
        assertThat(roleOf(tokens, "aaaaaaaaaaaaaaaaaaaaaaaa")).isEqualTo(Role.PANEL);
    }

    @Test
    void generatesOneDistinctRandomTokenPerRole() {
        Map<Role, String> generated = Tokens.generate(new SecureRandom());
        assertThat(generated.keySet()).containsExactly(Role.PANEL, Role.SOCIAL_WORKER, Role.AUDITOR);
        assertThat(new HashSet<>(generated.values())).hasSize(3);
        generated.values().forEach(t -> assertThat(t).hasSizeGreaterThanOrEqualTo(Tokens.MIN_LENGTH));
        Tokens tokens = Tokens.ofGenerated(generated);
        generated.forEach((role, token) -> assertThat(roleOf(tokens, token)).isEqualTo(role));
    }

    private static Role roleOf(Tokens tokens, String token) {
        Caller caller = tokens.callerOf(token);
        return caller == null ? null : caller.role();
    }
}
