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
import placementreview.model.Capacity;
import placementreview.model.CaseFile;
import placementreview.model.FinancialYear;
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
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(2);
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
    void textFromTheCaseFileIsEscaped() throws Exception {
        CaseFile caseFile = new CaseFile("<script>alert('council')</script>", LocalDate.of(2026, 11, 23),
                FinancialYear.containing(LocalDate.of(2026, 11, 23)), Capacity.UNKNOWN,
                List.of(placement().id("P-<script>x</script>").provider("<script>alert(1)</script>", false)
                        .core("12000.00").build()), List.of());
        Review review = TestRules.service().review(caseFile, ReviewOptions.defaults());
        String html = HtmlPack.render(review, TestRules.rulebase().catalogue());
        parse(html);
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
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
}
