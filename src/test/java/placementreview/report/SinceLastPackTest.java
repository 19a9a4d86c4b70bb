package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import placementreview.model.CaseFile;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** The pack's "Since the last panel" page: there only with a sinceLast; its totals add the rows it shows. */
class SinceLastPackTest {
    private static Review review;

    @BeforeAll
    static void reviewTheDemo() {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority-2026-10.json")), null);
        review = service.review(caseFile, ReviewOptions.defaults());
    }

    @Test
    void withoutASinceLastThePackHasNoSuchPage() {
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue());
        assertThat(html).doesNotContain("Since the last panel", "<section id=\"since-last\"");
    }

    @Test
    void theDeliveryTableShowsEveryTrackedActionAndTotalsTheRowsShown() throws Exception {
        Document doc = parse(HtmlPack.render(review, TestRules.rulebase().catalogue(), SinceLastSamples.october()));
        Element table = table(doc, "delivery");
        List<List<String>> rows = rows(table, "tbody");
        assertThat(rows).containsExactly(
                List.of("P-00049", "CR-02", "Commissioning", "2026-10-31", "Delivered", "£3,000.00", "£3,000.00",
                        "£66,857.14", "£156,000.00"),
                List.of("P-00066", "CR-02", "Commissioning", "2026-10-31", "Delivered", "£2,500.00", "£2,750.00",
                        "£61,285.71", "£143,000.00"),
                List.of("P-00021", "CR-03", "Commissioning", "2026-11-30", "Partly delivered", "£1,000.00",
                        "£600.00", "£13,371.43", "£31,200.00"),
                List.of("P-00009", "CR-04", "Commissioning", "2026-10-16", "Overdue", "£3,771.02", "£0.00", "£0.00",
                        "£0.00"),
                List.of("P-00084", "SD-40", "Commissioning", "2027-01-31", "Not yet (due ahead)", "£9,268.99",
                        "£0.00", "£0.00", "£0.00"));
        // 3000 + 2500 + 1000 + 3771.02 + 9268.99 planned; 3000 + 2750 + 600 delivered; ENDED left out
        assertThat(rows(table, "tfoot")).containsExactly(List.of("Total", "", "", "", "5 actions", "£19,540.01",
                "£6,350.00", "£141,514.28", "£330,200.00"));
    }

    @Test
    void actionsOnPlacementsThatEndedAreShownApartAndNotCounted() throws Exception {
        Document doc = parse(HtmlPack.render(review, TestRules.rulebase().catalogue(), SinceLastSamples.october()));
        Element ended = table(doc, "ended");
        assertThat(rows(ended, "tbody")).containsExactly(List.of("P-00030", "SD-40", "Commissioning", "2026-12-31",
                "£8,207.78", "£426,804.56"));
        assertThat(rows(ended, "tfoot")).containsExactly(List.of("Total", "", "", "", "£8,207.78", "£426,804.56"));
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue(), SinceLastSamples.october());
        assertThat(html).contains("6 agreed actions in force: 2 delivered, 1 partly delivered, 1 not yet due, "
                + "1 overdue; 1 on a placement that ended, shown apart and not counted as delivered.",
                "New to the top: P-00151 (rank 1, new placement), P-00152 (rank 4, new placement).",
                "Gone from the top: P-00030 (was rank 7, no longer on the caseload), P-00045 (was rank 15, now 16).",
                "Compared with the recorded review as of 2026-09-23 (receipt 019ad2c4-8d3e-7a51-9c0e-3f1b2a4d5e6f).");
    }

    @Test
    void theChartIsLabelledAndItsFiguresAreAlsoATable() throws Exception {
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue(), SinceLastSamples.october());
        Document doc = parse(html);
        Document without = parse(HtmlPack.render(review, TestRules.rulebase().catalogue()));
        assertThat(doc.getElementsByTagName("svg").getLength())
                .isEqualTo(without.getElementsByTagName("svg").getLength() + 1);
        Element svg = null;
        NodeList svgs = doc.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            if (((Element) svgs.item(i)).getAttribute("aria-labelledby").startsWith("delivery-title")) {
                svg = (Element) svgs.item(i);
            }
        }
        assertThat(svg).as("the delivery chart").isNotNull();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("delivery-title delivery-desc");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Weekly saving planned and delivered, by the month the agreed actions fall due");
        assertThat(svg.getElementsByTagName("desc").getLength()).isEqualTo(1);
        // months in order of due date: October (two delivered, one overdue), November, January
        Element byMonth = table(doc, "by-month");
        assertThat(rows(byMonth, "tbody")).containsExactly(
                List.of("October 2026", "3", "£9,271.02", "£5,750.00"),
                List.of("November 2026", "1", "£1,000.00", "£600.00"),
                List.of("January 2027", "1", "£9,268.99", "£0.00"));
        assertThat(rows(byMonth, "tfoot")).containsExactly(List.of("Total", "5", "£19,540.01", "£6,350.00"));
        List<String> barLabels = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            barLabels.add(texts.item(i).getTextContent());
        }
        assertThat(barLabels).contains("£9,271", "£5,750", "£1,000", "£600", "£9,269", "£0", "Oct 2026", "Nov 2026",
                "Jan 2027");
    }

    private static Element table(Document doc, String cssClass) {
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            if (cssClass.equals(t.getAttribute("class"))) {
                return t;
            }
        }
        throw new AssertionError("no table." + cssClass);
    }

    private static List<List<String>> rows(Element table, String part) {
        List<List<String>> rows = new ArrayList<>();
        NodeList trs = ((Element) table.getElementsByTagName(part).item(0)).getElementsByTagName("tr");
        for (int i = 0; i < trs.getLength(); i++) {
            List<String> cells = new ArrayList<>();
            NodeList children = trs.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element cell) {
                    cells.add(cell.getTextContent());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
