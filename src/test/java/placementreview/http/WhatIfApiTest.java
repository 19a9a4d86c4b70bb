package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.http.TestServer.AUDITOR;
import static placementreview.http.TestServer.PANEL;
import static placementreview.http.TestServer.SOCIAL_WORKER;
import static placementreview.http.TestServer.demo;
import static placementreview.http.TestServer.get;
import static placementreview.http.TestServer.post;
import static placementreview.http.WebApiTest.firstError;
import static placementreview.http.WebApiTest.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.engine.RuleFolder;
import placementreview.report.ReviewJson;
import placementreview.report.WhatIfJson;
import placementreview.review.PolicyComparison;
import placementreview.review.RankBy;
import placementreview.review.ReviewOptions;
import placementreview.testing.TestRules;

/** POST /api/what-if over real HTTP: the CLI's what-if JSON, the printable page, roles and refusals. */
class WhatIfApiTest {

    @Test
    void setAsAQueryGivesTheSameWhatIfAsTheReviewServiceForThePanelAndTheAuditor() {
        HttpResponse<String> r = post("/api/what-if?set=very-high-cost-weekly:12000", AUDITOR, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        String expected = ReviewJson.text(WhatIfJson.document(PolicyComparison.withSettings(
                RuleFolder.of(Path.of("rules")), TestRules.rulebase(), List.of("very-high-cost-weekly=12000"))
                .run(List.of(TestServer.DEMO), null, new ReviewOptions(null, RankBy.COST, 1))));
        assertThat(r.body()).isEqualTo(expected);
        assertThat(json(r).path("whatIf").path("placements").size()).isPositive();
    }

    @Test
    void thePrintablePageIsAnHtmlDownloadForThePanel() {
        HttpResponse<String> r = post("/api/what-if?set=very-high-cost-weekly:12000&format=html", PANEL, demo());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment", "what-if-"));
        assertThat(r.body()).contains("<svg", "Difference by option family");
    }

    @Test
    void theSocialWorkerIsRefused() {
        assertThat(post("/api/what-if?set=very-high-cost-weekly:12000", SOCIAL_WORKER, demo()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anUnknownAlternativeAnUnknownParameterOrNeitherIs400NamingIt() {
        HttpResponse<String> against = post("/api/what-if?against=../rules", PANEL, demo());
        assertThat(against.statusCode()).isEqualTo(400);
        assertThat(json(against).path("errors").path(0).path("field").asText()).isEqualTo("against");
        assertThat(firstError(against)).contains("no alternative is named \"../rules\"");
        HttpResponse<String> set = post("/api/what-if?set=very-high-cost-weeky:12000", PANEL, demo());
        assertThat(set.statusCode()).isEqualTo(400);
        assertThat(firstError(set)).contains("closest: \"very-high-cost-weekly\"");
        HttpResponse<String> neither = post("/api/what-if", PANEL, demo());
        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(firstError(neither)).contains("against=NAME");
    }

    @Test
    void theAlternativesAreListedForTheAuditor() {
        HttpResponse<String> r = get("/api/alternatives", AUDITOR);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("rulebaseVersion").asText()).isEqualTo(TestRules.rulebase().version());
        assertThat(json(r).path("alternatives").isArray()).isTrue();
    }
}
