package placementreview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import placementreview.cli.CliTest.Run;

/** The whatif command in-process: exit codes, the three formats, determinism. */
class WhatIfCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownParameterGivesExitTwoNamingItAndTheClosestName() {
        Run r = CliTest.run("whatif", CliTest.DEMO, "--set", "very-high-cost-weeky=12000");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("placement-review: --set very-high-cost-weeky=12000: no policy parameter"
                + " is named \"very-high-cost-weeky\" (closest: \"very-high-cost-weekly\")");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aValueOfTheWrongKindGivesExitTwo() {
        Run r = CliTest.run("whatif", CliTest.DEMO, "--set", "negotiation-lead-weeks=four");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("negotiation-lead-weeks (weeks) must be a whole number, 0 or more, not \"four\"");
    }

    @Test
    void againstAndSetTogetherOrNeitherIsAUsageError() {
        assertThat(CliTest.run("whatif", CliTest.DEMO).code()).isEqualTo(2);
        assertThat(CliTest.run("whatif", CliTest.DEMO, "--against", "rules", "--set", "fee-uplift-cap-pct=3").code())
                .isEqualTo(2);
    }

    @Test
    void theJsonIsByteIdenticalAcrossRunsAndTheHtmlIsAPageWithTheFamilyChart() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path html = dir.resolve("whatif.html");
        String[] args = {"whatif", CliTest.DEMO, "--set", "very-high-cost-weekly=12000", "--format", "json"};
        assertThat(CliTest.run(concat(args, "--out", a.toString(), "--threads", "2")).code()).isZero();
        assertThat(CliTest.run(concat(args, "--out", b.toString(), "--threads", "1")).code()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).contains("\"whatIf\"", "\"base\"", "\"changed\"", "\"rulebaseVersion\"",
                "\"ruleChanges\"", "\"placements\"", "\"rankBefore\"", "\"savingAfter\"", "\"removed\"",
                "\"difference\"", "\"sha256\"");
        assertThat(CliTest.run("whatif", CliTest.DEMO, "--set", "very-high-cost-weekly=12000", "--format", "html",
                "--out", html.toString()).code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "Difference by option family",
                "very-high-cost-weekly").endsWith("</html>\n");
    }

    @Test
    void theTableNamesBothRulebasesTheRuleChangeAndThePlacementsThatLostCrOne() {
        Run r = CliTest.run("whatif", CliTest.DEMO, "--set", "very-high-cost-weekly=12000");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Base rules:", "Changed rules:", "with --set very-high-cost-weekly=12000",
                "row very-high-cost-weekly changed: value 10000 -> 12000", "removed  CR-01", "Totals", "Difference");
    }

    private static String[] concat(String[] first, String... more) {
        String[] out = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, out, first.length, more.length);
        return out;
    }
}
