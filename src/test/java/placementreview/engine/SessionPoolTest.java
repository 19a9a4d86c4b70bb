package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;
import placementreview.model.MarketRate;
import placementreview.model.Placement;
import placementreview.model.ReviewContext;
import placementreview.review.Market;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;
import placementreview.tools.DemoAuthorityGenerator;

/** Pooled sessions answer as fresh ones do, from several threads at once, and the pool stays bounded. */
class SessionPoolTest {
    @Test
    void pooledSessionsGiveWhatAFreshSessionGivesFromSeveralThreads() throws Exception {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(60);
        ReviewContext context = ReviewService.contextOf(caseFile);
        List<MarketRate> whole = Market.of(caseFile.placements(), rulebase.reference().needBands());
        List<MarketRate> half = Market.of(caseFile.placements().subList(0, 30), rulebase.reference().needBands());
        assertThat(half).isNotEqualTo(whole);
        SessionPool pool = new SessionPool(rulebase);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int offset = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < caseFile.placements().size(); i++) {
                        Placement p = caseFile.placements().get((i + offset * 20) % caseFile.placements().size());
                        FindingDetail detail = i % 2 == 0 ? FindingDetail.FULL : FindingDetail.TITLES;
                        List<MarketRate> market = i % 3 == 0 ? half : whole;
                        Evaluation pooled = pool.evaluate(p, context, detail, market);
                        Evaluation fresh = fresh(rulebase, p, context, detail, market);
                        assertThat(pooled.findings()).as(p.id()).isEqualTo(fresh.findings());
                        assertThat(pooled.trace()).as(p.id()).isEqualTo(fresh.trace());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        // two markets, in full or with titles only: four kinds, each with up to three idle sessions (one per thread)
        assertThat(pool.idleCount()).isBetween(4, 4 * 3);
    }

    @Test
    void keepsAtMostTheNewestKindsAndFewIdleSessionsOfEach() throws IOException {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(12);
        ReviewContext context = ReviewService.contextOf(caseFile);
        SessionPool pool = new SessionPool(rulebase);
        Placement first = caseFile.placements().get(0);
        for (int n = 1; n <= SessionPool.KEYS + 3; n++) {
            pool.evaluate(first, context, FindingDetail.FULL, Market.of(caseFile.placements().subList(0, n),
                    rulebase.reference().needBands()));
        }
        assertThat(pool.idleCount()).isEqualTo(SessionPool.KEYS);
    }

    @Test
    void aSessionServesOnlyItsOwnReviewDate() throws IOException {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(3);
        ReviewContext context = ReviewService.contextOf(caseFile);
        ReviewContext later = new ReviewContext(context.asOf().plusDays(7), context.yearStart(), context.yearEnd());
        SessionPool pool = new SessionPool(rulebase);
        Placement p = caseFile.placements().get(0);
        pool.evaluate(p, context, FindingDetail.FULL, List.of());
        assertThat(pool.evaluate(p, later, FindingDetail.FULL, List.of()).trace())
                .isEqualTo(fresh(rulebase, p, later, FindingDetail.FULL, List.of()).trace());
        assertThat(pool.idleCount()).isEqualTo(2);
    }

    @Test
    void aSessionWhoseEvaluationFailedIsNotKept() throws IOException {
        Rulebase rulebase = TestRules.rulebase();
        CaseFile caseFile = demo(3);
        ReviewContext context = ReviewService.contextOf(caseFile);
        SessionPool pool = new SessionPool(rulebase);
        assertThatThrownBy(() -> pool.evaluate(null, context, FindingDetail.FULL, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThat(pool.idleCount()).isZero();
        Placement p = caseFile.placements().get(0);
        assertThat(pool.evaluate(p, context, FindingDetail.FULL, List.of()).findings())
                .isEqualTo(fresh(rulebase, p, context, FindingDetail.FULL, List.of()).findings());
        assertThat(pool.idleCount()).isEqualTo(1);
    }

    private static Evaluation fresh(Rulebase rulebase, Placement p, ReviewContext context, FindingDetail detail,
                                    List<MarketRate> market) {
        try (PlacementSession session = new PlacementSession(rulebase, detail, context, market)) {
            return session.evaluate(p, context);
        }
    }

    private static CaseFile demo(int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DemoAuthorityGenerator(11L).write(count, out);
        return TestRules.service().read("demo.json", new ByteArrayInputStream(out.toByteArray()), null);
    }
}
