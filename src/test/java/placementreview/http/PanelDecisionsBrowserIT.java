package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import placementreview.engine.RuleFolder;
import placementreview.engine.RuleSources;
import placementreview.review.PolicyAlternatives;
import placementreview.store.Database;
import placementreview.store.ReceiptStore;
import placementreview.store.TestDatabases;
import placementreview.testing.TestRules;

/**
 * The panel's page on a service that keeps receipts, in headless Debian Chromium: review September's demo file,
 * record the panel's decision on an option of a placement, and see it in the open actions (skipped only where
 * chromium is not installed).
 */
class PanelDecisionsBrowserIT {
    private static ChromeDriver driver;
    private static ReceiptStore store;
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(PagesBrowserIT.CHROMIUM) && Files.isExecutable(PagesBrowserIT.CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        PagesBrowserIT.CDP_LOG.setLevel(java.util.logging.Level.OFF);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(PagesBrowserIT.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("placement-review-chromium"), "--window-size=1280,1500");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(PagesBrowserIT.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        store = new ReceiptStore(Database.open(TestDatabases.H2.fresh(), 4));
        RuleFolder rules = RuleFolder.of(Path.of("rules"));
        Tokens tokens = Tokens.of(Map.of(TestServer.PANEL, Role.PANEL, TestServer.AUDITOR, Role.AUDITOR));
        server = new WebServer(TestRules.service(), RuleSources.of(rules), tokens,
                new WebServer.Settings("127.0.0.1", 0, 1024 * 1024, 2), PolicyAlternatives.none(rules,
                TestRules.rulebase()), new WebServer.Receipts(store, rules, (s, id) -> {
                    throw new UnsupportedOperationException("no replay in this test");
                })).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void thePanelRecordsADecisionOnAnOptionAndSeesItAmongTheOpenActions() throws Exception {
        driver.get(server.url() + "panel.html");
        driver.findElement(By.id("token")).sendKeys(TestServer.PANEL);
        driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        waitUpTo(5).until(d -> d.findElement(By.id("token-state")).getText().contains("A token is set"));

        driver.findElement(By.id("open-actions-load")).click();
        waitUpTo(20).until(d -> d.findElement(By.id("open-actions-list")).getText().equals("No open actions."));

        driver.findElement(By.id("casefile")).sendKeys(Path.of("cases/demo/demo-authority-2026-09.json")
                .toAbsolutePath().toString());
        driver.findElement(By.id("review-submit")).click();
        waitUpTo(90).until(d -> d.findElements(By.cssSelector("#top-table tbody tr.placement-row")).size() == 15);
        WebElement first = driver.findElements(By.cssSelector("#top-table tbody tr.placement-row")).get(0);
        assertThat(first.getText()).contains("P-00049");
        first.findElement(By.cssSelector("button.toggle")).click();

        // P-00049's one option with a weekly saving: CR-02, (£20,823.93 - £11,616.31, the benchmark at 2026-27
        // prices) x 50% = £4,603.81 a week
        List<WebElement> options = driver.findElements(By.cssSelector("#detail-1 details.decision"));
        assertThat(options).hasSize(1);
        WebElement option = options.get(0);
        assertThat(option.getText()).contains("CR-02", "£4,603.81 a week");
        option.findElement(By.tagName("summary")).click();
        WebElement form = option.findElement(By.tagName("form"));
        assertThat(form.getAttribute("data-placement")).isEqualTo("P-00049");
        String id = form.getAttribute("id");
        assertThat(driver.findElement(By.cssSelector("label[for='" + id + "-owner']")).getText())
                .startsWith("Owner");
        driver.findElement(By.id(id + "-owner")).sendKeys("Commissioning");
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = '2026-10-31';",
                id + "-due");
        driver.findElement(By.id(id + "-target")).sendKeys("3000");
        driver.findElement(By.id(id + "-note")).sendKeys("renegotiate the core fee");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(20).until(d -> d.findElement(By.id(id + "-result")).getText().startsWith("Recorded"));
        assertThat(driver.findElement(By.id(id + "-result")).getText())
                .isEqualTo("Recorded: Agreed, owner Commissioning, due 2026-10-31, target £3,000.00 a week.");

        // the list refreshes itself: the agreed action is open, judged on no later review yet
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#open-actions-table tbody tr")).isEmpty());
        List<WebElement> rows = driver.findElements(By.cssSelector("#open-actions-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("2026-09-23", "P-00049", "CR-02", "Agreed", "Commissioning",
                "2026-10-31", "£3,000.00");
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();

        // and it is in the database, recorded by the panel's role
        assertThat(TestServer.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url() + "api/decisions")).header("Authorization", "Bearer "
                + TestServer.AUDITOR).GET().build()).body()).contains("\"placementId\" : \"P-00049\"",
                "\"decision\" : \"AGREED\"", "\"recordedBy\" : \"service panel");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('#detail-1 .decisions').scrollIntoView()");
        Files.write(Path.of("target/web-panel-decision.png"), driver.getScreenshotAs(OutputType.BYTES));
        List<LogEntry> logs = driver.manage().logs().get("browser").getAll();
        assertThat(logs).noneSatisfy(e -> assertThat(e.getMessage()).containsIgnoringCase("Content Security Policy"));
        assertThat(logs).noneSatisfy(e -> assertThat(e.getMessage()).contains("Uncaught"));
    }

    private static WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.withMessage(() -> "page says: " + driver.findElement(By.tagName("main")).getText()
                + "\nbrowser log: " + driver.manage().logs().get("browser").getAll());
        return wait;
    }
}
