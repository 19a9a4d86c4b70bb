package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.testing.PlacementBuilder.placement;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import placementreview.model.Capacity;
import placementreview.model.CaseFile;
import placementreview.model.FinancialYear;
import placementreview.model.Money;
import placementreview.model.Rejection;
import placementreview.review.RankBy;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

class HtmlPackTest {
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Review demoReview() {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        return service.review(caseFile, ReviewOptions.defaults());
    }

    @Test
    void theDemoPackIsWellFormedSelfContainedAndHasTheTopFifteenInOrder() throws Exception {
        Review review = demoReview();
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue());
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("svg").getLength()).as("cost, savings, forecast and market charts")
                .isEqualTo(4);
        assertThat(html).doesNotContain("<script", "href=\"http", "<link", "@import", "url(", "src=");
        Matcher sections = Pattern.compile("<section class=\"placement\" id=\"placement-([^\"]+)\"").matcher(html);
        List<String> order = new ArrayList<>();
        while (sections.find()) {
            order.add(sections.group(1));
        }
        assertThat(order).containsExactlyElementsOf(review.top().stream().map(r -> r.placement().id()).toList());
        assertThat(order).hasSize(15);
        assertThat(html).contains(review.rulebaseVersion(), "Headline figures", "Appendix A: rules used", "CR-02");
    }

    @Test
    void aHostileStringInEveryCaseFieldTheReaderSeesIsTextNotMarkup() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & 'Smith's'";
        CaseFile caseFile = new CaseFile(hostile, LocalDate.of(2026, 11, 23),
                FinancialYear.containing(LocalDate.of(2026, 11, 23)), Capacity.UNKNOWN,
                List.of(placement().id("P-1" + hostile).provider(hostile, false).core("12000.00").build()),
                List.of(new Rejection(hostile + ".json", "P-2" + hostile, "weekly." + hostile, hostile)));
        Review review = TestRules.service().review(caseFile, ReviewOptions.defaults());
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue());

        assertThat(html).doesNotContain("<script", "alert(\"x\")", "'Smith's'")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Smith&#39;s&#39;");
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("High-cost placements panel pack - " + hostile + " - 2026-11-23");
        assertThat(doc.getElementsByTagName("p").item(0).getTextContent()).startsWith(hostile + " \u00b7 as of");
        Element section = sectionOfClass(doc, "placement");
        assertThat(section.getAttribute("id")).matches("placement-[A-Za-z0-9_-]+");
        assertThat(section.getElementsByTagName("h2").item(0).getTextContent()).startsWith("1. P-1" + hostile + " \u2013");
        assertThat(cellsOfRowHeaded(section, "Provider")).isEqualTo(hostile + " (spot purchase)");
        assertThat(lastRowCells(doc)).containsExactly(hostile + ".json", "P-2" + hostile, "weekly." + hostile, hostile);
    }

    private static Element sectionOfClass(Document doc, String cssClass) {
        NodeList sections = doc.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("class").equals(cssClass)) {
                return s;
            }
        }
        throw new AssertionError("no section of class " + cssClass);
    }

    private static Element sectionWithId(Document doc, String id) {
        NodeList sections = doc.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("id").equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no section with id " + id);
    }

    private static String cellsOfRowHeaded(Element section, String header) {
        NodeList rows = section.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (row.getElementsByTagName("th").item(0).getTextContent().equals(header)) {
                return row.getElementsByTagName("td").item(0).getTextContent();
            }
        }
        throw new AssertionError("no row headed " + header);
    }

    /** The cells of the last row of the last table: Appendix B, the records not reviewed. */
    private static List<String> lastRowCells(Document doc) {
        NodeList rows = sectionWithId(doc, "appendix").getElementsByTagName("tr");
        NodeList cells = ((Element) rows.item(rows.getLength() - 1)).getElementsByTagName("td");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            out.add(cells.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void thePackHeadlinesAddUpToTheReviewTotals() {
        Review review = demoReview();
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue());
        assertThat(html).contains(placementreview.model.Money.gbpWhole(review.caseloadTotals().netAnnualCost()),
                placementreview.model.Money.gbpWhole(review.topTotals().netAnnualCost()),
                placementreview.model.Money.gbpWhole(review.forecast().gross().outturn()),
                placementreview.model.Money.gbpWhole(review.forecast().net().outturn()));
        RankedPlacement first = review.top().get(0);
        assertThat(html).contains(placementreview.model.Money.gbp(first.netAnnualCost()));
        var split = placementreview.review.JointFunding.apportionment(first.findings());
        assertThat(html).contains("Who should pay (apportionment)",
                placementreview.model.Money.gbp(split.socialCare().annual()));
    }

    /**
     * Every total row in the pack (a table's tfoot, and the "Whole caseload" row of the totals tables) is the sum of
     * the figures shown above it, column by column; where rows are marked counted or not, of the counted rows.
     */
    @Test
    void everyTotalRowInThePackAddsTheFiguresShownAboveIt() throws Exception {
        Document doc = parse(HtmlPack.render(demoReview(), TestRules.rulebase().catalogue()));
        NodeList tables = doc.getElementsByTagName("table");
        int totalsChecked = 0;
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            List<Element> body = rows(table, "tbody");
            List<Element> foot = rows(table, "tfoot");
            if (table.getAttribute("class").contains("totals")) {
                foot = List.of(body.get(body.size() - 1));
                body = body.subList(0, body.size() - 1);
            }
            if (foot.isEmpty()) {
                continue;
            }
            boolean marked = body.stream().anyMatch(r -> r.getAttribute("class").contains("counted"));
            List<Element> added = marked ? body.stream().filter(r -> r.getAttribute("class").equals("counted")).toList()
                    : body;
            List<String> total = columns(foot.get(0));
            for (int c = 0; c < total.size(); c++) {
                if (!total.get(c).startsWith("£")) {
                    continue;
                }
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (Element row : added) {
                    sum = sum.add(pounds(columns(row).get(c)));
                }
                assertThat(Money.gbp(sum)).as("column %d of the total row of table %d (%s)", c, t,
                        table.getAttribute("class")).isEqualTo(total.get(c));
                totalsChecked++;
            }
        }
        assertThat(totalsChecked).as("money totals checked").isGreaterThan(15 * 2 + 10);
    }

    private static List<Element> rows(Element table, String part) {
        NodeList parts = table.getElementsByTagName(part);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < parts.getLength(); i++) {
            NodeList rows = ((Element) parts.item(i)).getElementsByTagName("tr");
            for (int r = 0; r < rows.getLength(); r++) {
                out.add((Element) rows.item(r));
            }
        }
        return out;
    }

    /** A row's cells by column, a cell spanning columns repeated in each, the text up to any line break. */
    private static List<String> columns(Element row) {
        List<String> out = new ArrayList<>();
        NodeList cells = row.getChildNodes();
        for (int i = 0; i < cells.getLength(); i++) {
            if (cells.item(i) instanceof Element cell) {
                String text = cell.getFirstChild() == null ? "" : cell.getFirstChild().getTextContent();
                int span = cell.hasAttribute("colspan") ? Integer.parseInt(cell.getAttribute("colspan")) : 1;
                for (int s = 0; s < span; s++) {
                    out.add(span > 1 ? "" : text);
                }
            }
        }
        return out;
    }

    private static java.math.BigDecimal pounds(String cell) {
        if (cell.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        java.math.BigDecimal amount = new java.math.BigDecimal(cell.replaceAll("[^0-9.]", ""));
        return cell.startsWith("-") ? amount.negate() : amount;
    }

    @Test
    void everyChartIsAnImageNamedByItsTitleAndDescribedInWordsWithItsFigures() throws Exception {
        Document doc = parse(HtmlPack.render(demoReview(), TestRules.rulebase().catalogue()));
        NodeList charts = doc.getElementsByTagName("svg");
        assertThat(charts.getLength()).isEqualTo(4);
        for (int i = 0; i < charts.getLength(); i++) {
            Element svg = (Element) charts.item(i);
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            String[] ids = svg.getAttribute("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            Element title = (Element) svg.getElementsByTagName("title").item(0);
            Element desc = (Element) svg.getElementsByTagName("desc").item(0);
            assertThat(title.getAttribute("id")).isEqualTo(ids[0]);
            assertThat(desc.getAttribute("id")).isEqualTo(ids[1]);
            assertThat(title.getTextContent()).isNotBlank();
            assertThat(desc.getTextContent()).as("the description of %s gives figures", ids[0]).contains("£");
        }
    }

    @Test
    void aCaseFileWithNoPlacementReviewedStillMakesAPackWhoseSummaryPagesSaySo() throws Exception {
        CaseFile caseFile = new CaseFile("Council", LocalDate.of(2026, 11, 23),
                FinancialYear.containing(LocalDate.of(2026, 11, 23)), Capacity.UNKNOWN, List.of(),
                List.of(new Rejection("a.csv", "P-2 (row 3)", "start", "bad")));
        String html = HtmlPack.render(TestRules.service().review(caseFile, ReviewOptions.defaults()),
                TestRules.rulebase().catalogue());

        Document doc = parse(html);
        assertThat(sectionWithId(doc, "step-down").getTextContent())
                .contains("No placement meets every criterion of a step-down route.", "No open route needs an in-house place.");
        assertThat(sectionWithId(doc, "caseload").getTextContent()).contains("No caseload rule found anything.");
        assertThat(sectionWithId(doc, "forecast").getTextContent()).contains("£0.00");
        assertThat(sectionWithId(doc, "totals").getTextContent()).contains("Whole caseload");
    }

    @Test
    void page1WarnsWhenRecordsWereNotReviewedCountingEachRecordOnce() {
        CaseFile caseFile = new CaseFile("Council", LocalDate.of(2026, 11, 23),
                FinancialYear.containing(LocalDate.of(2026, 11, 23)), Capacity.UNKNOWN,
                List.of(placement().id("P-1").core("12000.00").build()),
                List.of(new Rejection("a.csv", "P-2 (row 3)", "start", "bad"),
                        new Rejection("a.csv", "P-2 (row 3)", "type", "bad"),
                        new Rejection("a.csv", "P-3 (row 4)", "type", "bad")));
        String html = HtmlPack.render(TestRules.service().review(caseFile, ReviewOptions.defaults()),
                TestRules.rulebase().catalogue());
        assertThat(html.indexOf("<strong>2 records not reviewed</strong>")).isPositive()
                .isLessThan(html.indexOf("Headline figures"));
        assertThat(html).contains("href=\"#not-reviewed\"", "id=\"not-reviewed\"");

        String clean = HtmlPack.render(demoReview(), TestRules.rulebase().catalogue());
        assertThat(clean).doesNotContain("not reviewed</strong>");
    }
}
