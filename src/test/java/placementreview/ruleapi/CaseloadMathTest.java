package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import placementreview.model.ReviewContext;
import placementreview.model.Savings;

class CaseloadMathTest {

    @Test
    void sharesAndIndicativeSavings() {
        assertThat(CaseloadMath.pct(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.3");
        assertThat(CaseloadMath.pct(BigDecimal.ONE, BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(CaseloadMath.exactPct(new BigDecimal("52000"), new BigDecimal("520000"))).isEqualByComparingTo("10");
        assertThat(CaseloadMath.exactPct(new BigDecimal("1"), new BigDecimal("3")).toPlainString())
                .isEqualTo("33.3333333333");
        ReviewContext context = new ReviewContext(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31));
        Savings s = CaseloadMath.indicativeSaving(new BigDecimal("520000"), new BigDecimal("5"), context, 4);
        assertThat(s.fullYear()).isEqualByComparingTo("26000.00");
        assertThat(s.weekly()).isEqualByComparingTo("500.00");
        // 21 Dec 2026 to 31 Mar 2027: 101 days
        assertThat(s.inYear()).isEqualByComparingTo("7214.29");
    }
}
