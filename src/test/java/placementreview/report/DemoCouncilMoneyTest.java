package placementreview.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.model.CaseFile;
import placementreview.review.CostTotals;
import placementreview.review.RankBy;
import placementreview.review.RankedPlacement;
import placementreview.review.Review;
import placementreview.review.ReviewOptions;
import placementreview.review.ReviewService;
import placementreview.testing.TestRules;

/** The demo authority's money, as a finance officer checks it: nothing counted beyond the council's cost, rows add up. */
class DemoCouncilMoneyTest {
    private static Review demo(int top) {
        ReviewService service = TestRules.service();
        CaseFile caseFile = service.read(List.of(Path.of("cases/demo/demo-authority.json")), null);
        return service.review(caseFile, new ReviewOptions(top, RankBy.COST, 2));
    }

    private static List<Map<String, String>> optionsCsv(Review review) throws IOException {
        StringWriter csv = new StringWriter();
        ReviewCsv.writeOptions(review, csv);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toString())) {
            return rows.readAll();
        }
    }

    private static BigDecimal countedFullYear(List<Map<String, String>> rows) {
        return rows.stream().filter(r -> r.get("counted").equals("yes"))
                .map(r -> new BigDecimal(r.get("fullYearSaving"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void noPlacementsCountedSavingExceedsItsNetAnnualCost() {
        Review review = demo(1000);
        assertThat(review.ranked()).hasSize(150);
        for (RankedPlacement r : review.ranked()) {
            assertThat(r.councilReduction().fullYear()).as(r.placement().id())
                    .isLessThanOrEqualTo(r.netAnnualCost().max(BigDecimal.ZERO));
        }
    }

    @Test
    void theCountedOptionsInTheOptionsCsvAddUpToTheCouncilReduction() throws IOException {
        Review all = demo(1000);
        List<Map<String, String>> rows = optionsCsv(all);
        CostTotals caseload = all.caseloadTotals();
        assertThat(countedFullYear(rows)).isEqualByComparingTo(caseload.councilReduction().fullYear());
        assertThat(caseload.councilReduction().fullYear())
                .isEqualByComparingTo(caseload.bestSaving().fullYear().add(caseload.recovery().fullYear()));
        assertThat(caseload.recovery().fullYear()).isPositive();
        // every quantified option of a placement that is not counted says why
        assertThat(rows).filteredOn(r -> !r.get("placementId").isEmpty() && r.get("counted").equals("no")
                        && !r.get("fullYearSaving").isEmpty())
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("notCountedBecause")).isNotBlank());
        Review top = demo(15);
        assertThat(countedFullYear(optionsCsv(top))).isEqualByComparingTo(top.topTotals().councilReduction().fullYear());
    }
}
