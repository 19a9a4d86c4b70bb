package placementreview.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import placementreview.report.ReviewJson;
import placementreview.tools.DemoAuthorityGenerator;

/** 200 requests from 8 threads get byte-for-byte the answers the same requests get one at a time. */
class ConcurrencyTest {
    record Call(String path, String token) {
    }

    @Test
    void concurrentRequestsGetTheSameAnswersAsSequentialOnes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoAuthorityGenerator(7L).write(12, out);
        byte[] file = out.toByteArray();
        JsonNode placements = ReviewJson.MAPPER.readTree(file).path("placements");
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("/api/review?top=5", TestServer.PANEL));
        calls.add(new Call("/api/review?top=12&by=saving", TestServer.PANEL));
        for (int i = 0; i < 6; i++) {
            calls.add(new Call("/api/explain?placement=" + placements.get(i).path("id").asText(),
                    i % 2 == 0 ? TestServer.SOCIAL_WORKER : TestServer.AUDITOR));
        }
        for (int i = 6; i < 9; i++) {
            calls.add(new Call("/api/check?placement=" + placements.get(i).path("id").asText(),
                    i % 2 == 0 ? TestServer.SOCIAL_WORKER : TestServer.PANEL));
        }
        calls.add(new Call("/api/explain?placement=P-NOPE", TestServer.SOCIAL_WORKER));
        calls.add(new Call("/api/review", TestServer.SOCIAL_WORKER));
        List<String> sequential = new ArrayList<>();
        for (Call c : calls) {
            sequential.add(answer(c, file));
        }
        assertThat(sequential.get(0)).startsWith("200 ");
        assertThat(sequential.get(calls.size() - 2)).startsWith("422 ");
        assertThat(sequential.get(calls.size() - 1)).startsWith("403 ");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Call c = calls.get(i % calls.size());
                answers.add(pool.submit(() -> answer(c, file)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get(120, TimeUnit.SECONDS)).as("request %d: %s", i, calls.get(i % calls.size()))
                        .isEqualTo(sequential.get(i % calls.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answer(Call c, byte[] file) {
        HttpResponse<String> r = TestServer.post(c.path(), c.token(), file);
        return r.statusCode() + " " + r.body();
    }
}
