package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prints the step-down check page (with costs, the longest form) of the demo's most assessed child to PDF with
 * headless Chromium and counts the pages: it must fit one A4 sheet. Skipped on a machine without Chromium.
 */
class CheckPageRenderIT {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @Test
    void theCheckPagePrintsOnOneA4Page() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Debian chromium is not installed");
        Path html = Path.of("target/check-page.html").toAbsolutePath();
        Path pdf = Path.of("target/check-page.pdf").toAbsolutePath();
        run("java", "-jar", "target/placement-review.jar", "check", "cases/scenarios/step-down/needs.json",
                "--placement", "P-SDQ-UNKNOWN", "--format", "html", "--with-costs", "--out", html.toString());
        Path profile = Files.createTempDirectory("chromium");
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher pages = PAGE.matcher(text);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages in " + pdf).isEqualTo(1);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
