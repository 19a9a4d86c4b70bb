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
        // the cost distribution, savings by family and the council's own market
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(3);
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
