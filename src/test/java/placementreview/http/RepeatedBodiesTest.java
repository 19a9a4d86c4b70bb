package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;
import static placementreview.http.TestServer.SOCIAL_WORKER;
import static placementreview.http.TestServer.demo;
import static placementreview.http.TestServer.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;
import placementreview.report.ReviewJson;
import placementreview.report.StepDownJson;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** The service keeps the case files of recent bodies: each answer is still the answer to its own body. */
class RepeatedBodiesTest {
    @Test
    void eachBodyGetsItsOwnAnswerWhenBodiesAlternate() throws Exception {
        byte[] original = demo();
        ObjectNode tree = (ObjectNode) ReviewJson.MAPPER.readTree(original);
        tree.withArray("placements").forEach(p -> {
            if (p.path("id").asText().equals("P-00049")) {
                ((ObjectNode) p.path("weekly")).put("core", 1234.56);
            }
        });
        byte[] changed = ReviewJson.MAPPER.writeValueAsBytes(tree);
        String path = "/api/check?placement=P-00049";
        for (int round = 0; round < 2; round++) {
            HttpResponse<String> a = post(path, SOCIAL_WORKER, original);
            HttpResponse<String> b = post(path, SOCIAL_WORKER, changed);
            HttpResponse<String> aLater = post(path + "&asOf=2027-01-15", SOCIAL_WORKER, original);
            assertThat(a.body()).isEqualTo(cli(original, null));
            assertThat(b.body()).isEqualTo(cli(changed, null));
            assertThat(withoutInputHash(b.body())).isNotEqualTo(withoutInputHash(a.body()));
            assertThat(aLater.body()).isEqualTo(cli(original, java.time.LocalDate.of(2027, 1, 15)))
                    .contains("\"asOf\" : \"2027-01-15\"");
        }
    }

    /** The answer less its input hash, so a difference is one the changed fee made, not just the hash. */
    private static String withoutInputHash(String json) throws Exception {
        ObjectNode tree = (ObjectNode) ReviewJson.MAPPER.readTree(json);
        tree.remove("inputSha256");
        return tree.toString();
    }

    private static String cli(byte[] body, java.time.LocalDate asOf) throws Exception {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(Api.BODY_NAME, new ByteArrayInputStream(body), asOf);
        StringWriter out = new StringWriter();
        StepDownJson.write(service.check(caseFile, "P-00049", 1), out);
        return out.toString();
    }
}
