package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import placementreview.model.CaseFile;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/**
 * The demo pack laid out at the A4 printable width (210 mm less the 12 mm side margins of its @page rule) in headless
 * Debian Chromium: nothing extends past the width, the headline figures are on page 1, the summary pages (totals,
 * forecast with its chart, step-down and capacity, caseload findings) are laid out within it, and Chromium prints it
 * to an A4 PDF. Skipped only where chromium is not installed (.ci/run installs it).
 */
class PackPrintIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** CSS pixels per millimetre (96 per inch). */
    private static final double PX_PER_MM = 96 / 25.4;
    private static final double PRINTABLE_WIDTH_MM = 210 - 2 * 12;
    private static final double PRINTABLE_HEIGHT_MM = 297 - 2 * 14;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder")
                .setLevel(java.util.logging.Level.OFF);
        profile = Files.createTempDirectory("placement-review-print");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1000,1400");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path demoPack() throws Exception {
        return demoPack("demo-pack.html", null);
    }

    private static Path demoPack(String name, placementreview.review.SinceLast sinceLast) throws Exception {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        Review review = service.review(caseFile, ReviewOptions.defaults());
        Path html = Path.of("target/print", name).toAbsolutePath();
        Files.createDirectories(html.getParent());
        Files.writeString(html, HtmlPack.render(review, TestRules.rulebase().catalogue(), sinceLast),
                StandardCharsets.UTF_8);
        return html;
    }

    /** Opens the demo pack laid out as the printer lays it out: the body exactly the printable width, at the left. */
    private static double openAtPrintableWidth() throws Exception {
        driver.get(demoPack().toUri().toString());
        driver.executeScript("document.body.style.maxWidth = 'none'; document.body.style.margin = '0';"
                + "document.body.style.width = arguments[0] + 'mm';", PRINTABLE_WIDTH_MM);
        return PRINTABLE_WIDTH_MM * PX_PER_MM;
    }

    @Test
    void theSinceTheLastPanelPageFitsThePrintableWidthAndStartsItsOwnPage() throws Exception {
        driver.get(demoPack("demo-pack-since-last.html", SinceLastSamples.october()).toUri().toString());
        assertNothingPastThePrintableWidth();
        assertThat(driver.executeScript("return getComputedStyle(document.getElementById('since-last')).breakBefore;"))
                .isEqualTo("page");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(900, 1300));
        driver.executeScript("document.getElementById('since-last').scrollIntoView();");
        Files.write(Path.of("target/print/demo-pack-since-last.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @SuppressWarnings("unchecked")
    void atThePrintableWidthOfA4NothingExtendsPastThePageAndPage1HoldsTheHeadlines() throws Exception {
        driver.get(demoPack().toUri().toString());
        assertNothingPastThePrintableWidth();

        Map<String, Object> headlines = (Map<String, Object>) driver.executeScript(
                "const s = document.getElementById('headlines').getBoundingClientRect();"
                + "return {bottom: s.bottom + window.scrollY, figures: document.querySelectorAll('#headlines dd').length};");
        String pack = java.nio.file.Files.readString(demoPack());
        String section = pack.substring(pack.indexOf("<section id=\"headlines\">"), pack.indexOf("</section>",
                pack.indexOf("<section id=\"headlines\">")));
        assertThat(((Number) headlines.get("figures")).intValue()).as("every headline figure is laid out")
                .isEqualTo(section.split("<dd", -1).length - 1).isGreaterThanOrEqualTo(5);
        assertThat(((Number) headlines.get("bottom")).doubleValue()).as("bottom of the headline figures")
                .isLessThan(PRINTABLE_HEIGHT_MM * PX_PER_MM);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryPagesAreLaidOutWithinThePrintableWidthWithEveryTableAndTheForecastChart() throws Exception {
        double width = openAtPrintableWidth();
        for (String id : List.of("totals", "forecast", "step-down", "caseload")) {
            Map<String, Object> box = (Map<String, Object>) driver.executeScript(
                    "const s = document.getElementById(arguments[0]); const r = s.getBoundingClientRect();"
                    + "let widest = 0; for (const t of s.querySelectorAll('table, svg')) {"
                    + "  widest = Math.max(widest, t.getBoundingClientRect().right, t.scrollWidth); }"
                    + "return {height: r.height, right: r.right, widest: widest,"
                    + "  tables: s.querySelectorAll('table').length, rows: s.querySelectorAll('tbody tr').length};", id);
            assertThat(((Number) box.get("height")).doubleValue()).as("height of #%s", id).isGreaterThan(100);
            assertThat(((Number) box.get("tables")).intValue()).as("tables in #%s", id).isPositive();
            assertThat(((Number) box.get("rows")).intValue()).as("table rows in #%s", id).isPositive();
            assertThat(((Number) box.get("right")).doubleValue()).as("right edge of #%s", id)
                    .isLessThanOrEqualTo(width + 0.5);
            assertThat(((Number) box.get("widest")).doubleValue()).as("widest table or chart in #%s", id)
                    .isLessThanOrEqualTo(width + 0.5);
        }
        Map<String, Object> chart = (Map<String, Object>) driver.executeScript(
                "const svg = document.querySelector('#forecast svg'); const r = svg.getBoundingClientRect();"
                + "return {width: r.width, height: r.height, labelledBy: svg.getAttribute('aria-labelledby'),"
                + "  title: svg.querySelector('title').textContent, desc: svg.querySelector('desc').textContent,"
                + "  bars: svg.querySelectorAll('rect.spent:not(.key), rect.committed:not(.key)').length,"
                + "  budget: svg.querySelectorAll('line.budget').length};");
        assertThat(((Number) chart.get("width")).doubleValue()).as("the forecast chart fills the width")
                .isGreaterThan(width * 0.9).isLessThanOrEqualTo(width + 0.5);
        assertThat(((Number) chart.get("height")).doubleValue()).isGreaterThan(100);
        assertThat(chart.get("labelledBy")).isEqualTo("forecast-title forecast-desc");
        assertThat((String) chart.get("desc")).contains("Placement budget £11,250,000", "outturn £14,166,963");
        assertThat(((Number) chart.get("bars")).intValue()).as("spent and committed, gross and net").isEqualTo(4);
        assertThat(((Number) chart.get("budget")).intValue()).as("the budget line and its key").isEqualTo(2);
    }

    @Test
    void chromiumPrintsThePackToAnA4Pdf() throws Exception {
        driver.get(demoPack().toUri().toString());
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
        Files.write(Path.of("target/print/demo-pack.pdf"), pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).as("a multi-page pack, not an empty page").isGreaterThan(50_000);
        // the first page, as docs/panel-pack-page1.png shows it
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(900, 1300));
        Files.write(Path.of("target/print/demo-pack-page1.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The page as the printer lays it out: the body exactly the printable width, at the left edge; nothing past it. */
    @SuppressWarnings("unchecked")
    private static void assertNothingPastThePrintableWidth() {
        driver.executeScript("document.body.style.maxWidth = 'none'; document.body.style.margin = '0';"
                + "document.body.style.width = arguments[0] + 'mm';", PRINTABLE_WIDTH_MM);
        double width = PRINTABLE_WIDTH_MM * PX_PER_MM;
        List<Object> overflowing = (List<Object>) driver.executeScript(
                "const limit = arguments[0] + 0.5; const out = [];"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.right > limit || r.left < -0.5)) {"
                + "    out.push(e.tagName + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')"
                + "      + ' right=' + Math.round(r.right) + ' text=' + (e.textContent || '').trim().slice(0, 40));"
                + "  }"
                + "}"
                + "return out;", width);
        assertThat(overflowing).as("elements past the printable width of %.0f px", width).isEmpty();
        Number scrollWidth = (Number) driver.executeScript("return document.body.scrollWidth;");
        assertThat(scrollWidth.doubleValue()).as("the body's content width").isLessThanOrEqualTo(Math.ceil(width) + 1);
    }
}
