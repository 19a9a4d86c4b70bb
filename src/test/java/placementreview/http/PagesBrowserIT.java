package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import placementreview.testing.Axe;
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
        Axe.assertNoSeriousViolations(driver, "the panel page with a placement opened");
        driver.findElement(By.id("settings")).sendKeys("very-high-cost-weekly=12000");
        driver.findElement(By.id("whatif-submit")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#whatif-result table tbody tr")).isEmpty());
        Axe.assertNoSeriousViolations(driver, "the panel page with the what-if view");
        noCspViolations();
    }

    @Test
    void thePanelShowsTheCouncilsOwnMarketAfterTheTotalsAsTheApiGivesIt() throws Exception {
        driver.get(TestServer.server().url() + "panel.html");
        signIn(TestServer.PANEL);
        driver.findElement(By.id("casefile")).sendKeys(TestServer.DEMO.toAbsolutePath().toString());
        driver.findElement(By.id("review-submit")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#market tbody tr")).isEmpty());
        var review = placementreview.report.ReviewJson.MAPPER.readTree(
                TestServer.post("/api/review", TestServer.PANEL, TestServer.demo()).body());
        var market = review.get("market");
        List<WebElement> rows = driver.findElements(By.cssSelector("#market tbody tr"));
        assertThat(rows).hasSize(market.size());
        // the first group, as the JSON gives it, in the page's words and pounds
        var first = market.get(0);
        assertThat(first.get("type").asText()).isEqualTo("IN_HOUSE_FOSTER");
        assertThat(rows.get(0).findElement(By.cssSelector("th[scope=row]")).getText()).isEqualTo("In-house foster care");
        assertThat(rows.get(0).getText()).contains(first.get("band").asText().toLowerCase(java.util.Locale.ROOT),
                first.get("count").asText(), gbp(first.get("median").decimalValue()),
                gbp(first.get("publishedBenchmark").decimalValue()));
        assertThat(driver.findElement(By.cssSelector("#market caption")).getText())
                .contains("The council's own market", review.get("benchmarks").get("priceYear").asText() + " prices");
        // after the totals
        assertThat(driver.findElement(By.cssSelector("#totals p + #market")).isDisplayed()).isTrue();
        driver.findElement(By.id("download-market")).click();
        waitUpTo(60).until(d -> d.findElement(By.id("status")).getText().endsWith("-market.csv."));
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
        Axe.assertNoSeriousViolations(driver, "the panel page with the market table");
        noCspViolations();
    }

    private static String gbp(java.math.BigDecimal pounds) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK).format(pounds);
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
        Axe.assertNoSeriousViolations(driver, "the check page with a result from the facts form");
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
        Axe.assertNoSeriousViolations(driver, "the check page with the rules that fired");
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
        Axe.assertNoSeriousViolations(driver, "the rule catalogue");
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
        Axe.assertNoSeriousViolations(driver, "the index page");
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
        Axe.assertNoSeriousViolations(driver, "the rule catalogue showing an error");
    }

    @Test
    void axeFindsTheViolationsOfADeliberatelyInaccessiblePage() {
        driver.get(Path.of("src/test/resources/a11y/inaccessible.html").toAbsolutePath().toUri().toString());
        assertThat(String.join("\n", Axe.seriousViolations(driver)))
                .contains("image-alt", "label", "color-contrast", "button-name");
    }

    @Test
    void thePanelReviewsACsvFileAsItsJsonTwin() {
        driver.get(TestServer.server().url() + "panel.html");
        signIn(TestServer.PANEL);
        driver.findElement(By.id("casefile")).sendKeys(Path.of("cases/demo/demo-authority.csv").toAbsolutePath().toString());
        driver.findElement(By.id("review-submit")).click();
        waitUpTo(60).until(d -> d.findElements(By.cssSelector("#top-table tbody tr.placement-row")).size() == 15);
        String csvTable = driver.findElement(By.id("top-table")).getText();
        String csvSummary = driver.findElement(By.id("summary")).getText();
        driver.findElement(By.id("casefile")).clear();
        driver.findElement(By.id("casefile")).sendKeys(TestServer.DEMO.toAbsolutePath().toString());
        driver.findElement(By.id("review-submit")).click();
        waitUpTo(60).until(d -> d.findElement(By.id("status")).getText().startsWith("Reviewed 150")
                && !d.findElement(By.id("summary")).getText().isEmpty());
        assertThat(csvSummary).contains("150 placements reviewed, 0 problem(s)");
        assertThat(driver.findElement(By.id("summary")).getText()).isEqualTo(csvSummary);
        assertThat(driver.findElement(By.id("top-table")).getText()).isEqualTo(csvTable).contains("P-00049");
        noCspViolations();
    }

    @Test
    void theSocialWorkerChecksAPlacementFromACsvFile() {
        driver.get(TestServer.server().url() + "check.html");
        signIn(TestServer.SOCIAL_WORKER);
        driver.findElement(By.id("casefile")).sendKeys(Path.of("cases/demo/demo-authority.csv").toAbsolutePath().toString());
        driver.findElement(By.id("placement")).sendKeys("P-00049");
        driver.findElement(By.id("check-submit")).click();
        waitUpTo(60).until(d -> !d.findElements(By.cssSelector("#result ul.criteria li")).isEmpty());
        assertThat(driver.findElement(By.id("result")).getText()).contains("Placement P-00049", "✗ not met");
        assertThat(driver.findElement(By.id("errors")).getText()).isEmpty();
    }

    @Test
    void whileARequestRunsThePageSaysWorkingAndTheButtonsAreDisabled() {
        driver.get(TestServer.server().url() + "panel.html");
        signIn(TestServer.PANEL);
        // hold the review's answer until the test has looked at the page
        ((JavascriptExecutor) driver).executeScript("const real = window.fetch; window.fetch = (...args) =>"
                + " new Promise(resolve => { window.releaseFetch = () => resolve(real(...args)); });");
        driver.findElement(By.id("casefile")).sendKeys(TestServer.DEMO.toAbsolutePath().toString());
        WebElement submit = driver.findElement(By.id("review-submit"));
        submit.click();
        waitUpTo(5).until(d -> d.findElement(By.id("working")).isDisplayed());
        assertThat(driver.findElement(By.id("working")).getText()).isEqualTo("working…");
        assertThat(submit.isEnabled()).isFalse();
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Reviewing demo-authority.json…");
        assertThat(driver.findElement(By.id("token-clear")).isEnabled()).as("the token form stays usable").isTrue();
        Axe.assertNoSeriousViolations(driver, "the panel page while working");
        ((JavascriptExecutor) driver).executeScript("window.releaseFetch()");
        waitUpTo(60).until(d -> d.findElements(By.cssSelector("#top-table tbody tr.placement-row")).size() == 15);
        assertThat(driver.findElement(By.id("working")).isDisplayed()).isFalse();
        assertThat(submit.isEnabled()).isTrue();
        assertThat(driver.findElement(By.id("result")).getAttribute("aria-busy")).isNull();
    }

    @Test
    void theRuleCatalogueSearchesAndLinksEachRuleToTheReferenceRowsItReads() {
        driver.get(TestServer.server().url() + "rules.html");
        signIn(TestServer.AUDITOR);
        driver.findElement(By.id("rules-load")).click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("article.rule")).isEmpty());
        int all = TestRules.rulebase().catalogue().size();
        assertThat(driver.findElement(By.id("rules-count")).getText()).isEqualTo("Showing all " + all + " rules.");

        WebElement search = driver.findElement(By.id("rules-search"));
        search.sendKeys("CR-02");
        assertThat(visibleRuleIds()).containsExactly("rule-CR-02");
        search.clear();
        search.sendKeys("benchmark renegotiated");
        assertThat(visibleRuleIds()).contains("rule-CR-02", "rule-CR-03").doesNotContain("rule-CR-01");
        search.clear();
        search.sendKeys("Ofsted");
        assertThat(visibleRuleIds()).as("policy text is searched").contains("rule-CR-14");
        search.clear();
        search.sendKeys("very-high-cost-weekly");
        assertThat(visibleRuleIds()).as("a parameter's name finds the rules that read it").contains("rule-CR-01");
        assertThat(driver.findElement(By.id("rules-count")).getText()).matches("\\d+ of " + all
                + " rules match \"very-high-cost-weekly\"\\.");
        assertThat(driver.findElements(By.cssSelector("section.folder")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("id"))).as("folders with no match are hidden").doesNotContain("folder-step-down");
        search.clear();
        search.sendKeys(" ");
        assertThat(visibleRuleIds()).hasSize(all);

        WebElement cr02 = driver.findElement(By.id("rule-CR-02"));
        cr02.findElement(By.tagName("summary")).click();
        assertThat(cr02.findElement(By.className("reads")).getText()).contains(
                "parameter negotiation-lead-weeks (parameters.csv, line 3)", "every row of benchmark-rates.csv");
        cr02.findElement(By.linkText("parameter negotiation-lead-weeks (parameters.csv, line 3)")).click();
        WebElement row = driver.findElement(By.id("ref-parameters-csv-3"));
        assertThat(row.getText()).startsWith("3 negotiation-lead-weeks 4 weeks").contains("CR-02");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector(':target') === arguments[0];", row)).isTrue();
        driver.findElement(By.id("rules-search")).sendKeys("CR-01");
        row.findElement(By.linkText("CR-02")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#rule-CR-02");
        waitUpTo(5).until(d -> d.findElement(By.id("rule-CR-02")).isDisplayed());
        assertThat(driver.findElement(By.id("rules-search")).getAttribute("value"))
                .as("a link to a rule the search hid clears the search").isEmpty();

        List<WebElement> tables = driver.findElements(By.cssSelector("#reference .reference-table table"));
        assertThat(tables).hasSizeGreaterThanOrEqualTo(8).allSatisfy(t -> assertThat(
                t.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText)).contains("source"));
        assertThat(driver.findElement(By.id("ref-benchmark-rates-csv")).getText())
                .contains("Read as a whole by:", "CR-02", "PSSRU");
        noCspViolations();
    }

    @Test
    void theRuleCatalogueOfAboutAHundredRulesIsAFewScreensLongAndTheSearchNarrowsIt() {
        driver.get(TestServer.server().url() + "rules.html");
        signIn(TestServer.AUDITOR);
        driver.findElement(By.id("rules-load")).click();
        waitUpTo(20).until(d -> !d.findElements(By.cssSelector("article.rule")).isEmpty());
        assertThat(TestRules.rulebase().catalogue()).hasSizeGreaterThanOrEqualTo(90);
        long rulesHeight = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('reference').offsetTop;")).longValue();
        // at 1280 px wide: about 95 px a rule, so 100 rules are under 10,000 px before the reference tables
        assertThat(rulesHeight).as("height of the rule list (px)").isLessThan(10_000);
        driver.findElement(By.id("rules-search")).sendKeys("continuing care");
        long searched = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('reference').offsetTop;")).longValue();
        assertThat(searched).isLessThan(rulesHeight / 3);
    }

    @Test
    void theReceiptsPageListsAndReplaysAReceipt() throws Exception {
        placementreview.engine.RuleFolder rules = placementreview.engine.RuleFolder.of(Path.of("rules"));
        try (placementreview.store.ReceiptStore store = new placementreview.store.ReceiptStore(
                placementreview.store.TestDatabases.H2.open())) {
            WebServer server = new WebServer(TestRules.service(), placementreview.engine.RuleSources.of(rules),
                    Tokens.of(Map.of(TestServer.AUDITOR, Role.AUDITOR, TestServer.SOCIAL_WORKER, Role.SOCIAL_WORKER)),
                    new WebServer.Settings("127.0.0.1", 0, TestServer.MAX_BODY, 2),
                    placementreview.review.PolicyAlternatives.none(rules, TestRules.rulebase()),
                    new WebServer.Receipts(store, rules, placementreview.cli.TestReplayers.command()))
                    .start();
            try {
                var check = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                        + "api/check?placement=P-00049")).header("Authorization", "Bearer " + TestServer.SOCIAL_WORKER)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(TestServer.demo())).build();
                assertThat(TestServer.send(check).statusCode()).isEqualTo(200);
                driver.get(server.url() + "receipts.html");
                signIn(TestServer.AUDITOR);
                driver.findElement(By.cssSelector("#receipts-form button[type=submit]")).click();
                waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#result button.replay")).isEmpty());
                driver.findElement(By.cssSelector("#result button.replay")).click();
                waitUpTo(60).until(d -> d.findElement(By.cssSelector("#result tbody")).getText().contains("identical"));
                Axe.assertNoSeriousViolations(driver, "the receipts page with a replayed receipt");
                noCspViolations();
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void thePrintedPackAndTheWhatIfPagePassAxe() throws Exception {
        Path folder = Files.createDirectories(Path.of("target/a11y"));
        var pack = TestServer.post("/api/pack", TestServer.PANEL, TestServer.demo());
        assertThat(pack.statusCode()).isEqualTo(200);
        Path packFile = folder.resolve("panel-pack.html");
        Files.writeString(packFile, pack.body(), StandardCharsets.UTF_8);
        driver.get(packFile.toAbsolutePath().toUri().toString());
        Axe.assertNoSeriousViolations(driver, "the panel pack");
        var whatIf = TestServer.post("/api/what-if?set=very-high-cost-weekly:12000&format=html", TestServer.AUDITOR,
                TestServer.demo());
        assertThat(whatIf.statusCode()).isEqualTo(200);
        Path whatIfFile = folder.resolve("what-if.html");
        Files.writeString(whatIfFile, whatIf.body(), StandardCharsets.UTF_8);
        driver.get(whatIfFile.toAbsolutePath().toUri().toString());
        Axe.assertNoSeriousViolations(driver, "the what-if page");
    }

    private static List<String> visibleRuleIds() {
        return driver.findElements(By.cssSelector("article.rule")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("id")).toList();
    }
}
