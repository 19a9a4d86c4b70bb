package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import placementreview.testing.TestRules;

/**
 * The pages in headless Debian Chromium driven by Selenium (skipped only where chromium is not installed; .ci/run
 * installs it). Never lets Selenium Manager fetch a driver: the driver and browser paths are given.
 */
class PagesBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
    static final java.util.logging.Logger CDP_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian chromium and chromium-driver are not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        // Debian's chromium is newer than Selenium's CDP bindings; the test uses WebDriver only, not CDP
        CDP_LOG.setLevel(java.util.logging.Level.OFF);
        profile = Files.createTempDirectory("placement-review-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1500");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        TestServer.server();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    static WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.withMessage(() -> "page says: " + driver.findElement(By.tagName("main")).getText()
                + "\nbrowser log: " + driver.manage().logs().get("browser").getAll());
        return wait;
    }

    static void signIn(String token) {
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
        waitUpTo(5).until(d -> d.findElement(By.id("token-state")).getText().contains("A token is set"));
    }

    static void noCspViolations() {
        List<LogEntry> logs = driver.manage().logs().get("browser").getAll();
        assertThat(logs).noneSatisfy(e -> assertThat(e.getMessage()).containsIgnoringCase("Content Security Policy"));
        assertThat(logs).noneSatisfy(e -> assertThat(e.getMessage()).contains("Uncaught"));
    }

    @Test
    void thePanelReviewsTheDemoFileAndOpensAPlacement() throws Exception {
        driver.get(TestServer.server().url() + "panel.html");
        signIn(TestServer.PANEL);
        driver.findElement(By.id("casefile")).sendKeys(TestServer.DEMO.toAbsolutePath().toString());
        driver.findElement(By.id("review-submit")).click();
        waitUpTo(60).until(d -> d.findElements(By.cssSelector("#top-table tbody tr.placement-row")).size() == 15);
        List<WebElement> rows = driver.findElements(By.cssSelector("#top-table tbody tr.placement-row"));
        assertThat(rows.get(0).getText()).contains("P-00049", "£20,823.93");
        WebElement toggle = rows.get(0).findElement(By.cssSelector("button.toggle"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        WebElement detail = driver.findElement(By.id(toggle.getAttribute("aria-controls")));
        assertThat(detail.isDisplayed()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(detail.isDisplayed()).isTrue();
        assertThat(detail.getText()).contains("Findings for P-00049", "CR-01", "Continuing care", "Apportionment",
                "Step-down", "✗ not met").doesNotContain("[object", "undefined");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("150 placements reviewed");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('result-title').scrollIntoView()");
        Path shot = Path.of("target/web-panel.png");
        Files.createDirectories(shot.getParent());
        File png = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        driver.findElement(By.id("download-pack")).click();
        waitUpTo(60).until(d -> d.findElement(By.id("status")).getText().equals("Downloaded panel-pack-2026-11-23.html."));
        driver.findElement(By.id("download-options")).click();
        waitUpTo(60).until(d -> d.findElement(By.id("status")).getText().endsWith("-options.csv."));
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        noCspViolations();
    }

    @Test
    void theSocialWorkerChecksOneChildFromTheFactsForm() {
        driver.get(TestServer.server().url() + "check.html");
        signIn(TestServer.SOCIAL_WORKER);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const set = (id, v) => { document.getElementById(id).value = v; };"
                + "set('f-ref', 'C-FORM'); set('f-birth', '2012-05'); set('f-start', '2025-01-06');"
                + "set('f-core', '9000'); set('f-asof', '2026-11-23'); set('f-ratio', '2:1');"
                + "set('f-reason', 'BEHAVIOUR');");
        driver.findElement(By.id("facts-submit")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#result ul.criteria li")).isEmpty());
        String text = driver.findElement(By.id("result")).getText();
        assertThat(text).contains("Placement P-FORM", "Not now", "Staffed 2:1 for behaviour or risk",
                "allocation across the caseload was not considered").doesNotContain("[object", "undefined");
        noCspViolations();
    }

    @Test
    void theSocialWorkerChecksOnePlacement() throws Exception {
        driver.get(TestServer.server().url() + "check.html");
        signIn(TestServer.SOCIAL_WORKER);
        driver.findElement(By.id("casefile")).sendKeys(TestServer.DEMO.toAbsolutePath().toString());
        driver.findElement(By.id("placement")).sendKeys("P-00049");
        driver.findElement(By.id("check-submit")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#result ul.criteria li")).isEmpty());
        String text = driver.findElement(By.id("result")).getText();
        assertThat(text).contains("Placement P-00049", "Criteria", "✓ met", "✗ not met", "What would need to change",
                "Costs").doesNotContain("[object", "undefined");
        assertThat(text.indexOf("Costs")).isGreaterThan(text.indexOf("Criteria"));
        Path shot = Path.of("target/web-check.png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        driver.findElement(By.id("explain-submit")).click();
        waitUpTo(30).until(d -> d.findElement(By.id("result")).getText().contains("the rules that fired"));
        assertThat(driver.findElement(By.id("result")).getText()).contains("CR-01", "Rule trace");
        noCspViolations();
    }

    @Test
    void theAuditorSeesEveryRuleWithItsTextGroupedByFolder() {
        driver.get(TestServer.server().url() + "rules.html");
        signIn(TestServer.AUDITOR);
        driver.findElement(By.id("rules-load")).click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("article.rule")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("article.rule"))).hasSize(TestRules.rulebase().catalogue().size());
        assertThat(driver.findElements(By.cssSelector("section[id^=folder-] h2")).stream().map(WebElement::getText))
                .contains("cost-reduction/", "continuing-care/", "apportionment/");
        WebElement cr01 = driver.findElement(By.id("rule-CR-01"));
        cr01.findElement(By.tagName("summary")).click();
        assertThat(cr01.findElement(By.tagName("code")).getText()).contains("@id(\"CR-01\")", "when", "then");
        noCspViolations();
    }

    @Test
    void theIndexLinksTheThreePagesAndShowsTheServiceStatus() {
        driver.get(TestServer.server().url());
        waitUpTo(10).until(d -> d.findElement(By.id("health")).getText().startsWith("ok"));
        assertThat(driver.findElements(By.cssSelector("main a")).stream().map(a -> a.getAttribute("href")))
                .anySatisfy(h -> assertThat(h).endsWith("/panel.html"))
                .anySatisfy(h -> assertThat(h).endsWith("/check.html"))
                .anySatisfy(h -> assertThat(h).endsWith("/rules.html"));
        noCspViolations();
    }

    @Test
    void aWrongRoleIsToldSoOnThePage() {
        driver.get(TestServer.server().url() + "rules.html");
        signIn(TestServer.SOCIAL_WORKER);
        driver.findElement(By.id("rules-load")).click();
        waitUpTo(10).until(d -> !d.findElement(By.id("errors")).getText().isEmpty());
        assertThat(driver.findElement(By.id("errors")).getText())
                .contains("Your token does not give access to this", "the social-worker role may not use /api/rules");
    }
}
