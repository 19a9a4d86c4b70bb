package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import placementreview.model.ComponentAssignment;
import placementreview.model.CostComponent;
import placementreview.model.Funder;
import placementreview.model.FunderShare;
import placementreview.model.Placement;
import placementreview.testing.PlacementBuilder;

class ApportionmentCalculatorTest {

    private static ComponentAssignment assign(CostComponent c, String weekly, Funder f) {
        return new ComponentAssignment("P-TEST", c, new BigDecimal(weekly), f, "AP-XX", "rule", "policy", Map.of());
    }

    @Test
    void componentSumsPerFunder() {
        Map<Funder, BigDecimal> w = ApportionmentCalculator.byComponents(List.of(
                assign(CostComponent.CORE, "6500.00", Funder.SOCIAL_CARE),
                assign(CostComponent.THERAPY, "350.00", Funder.HEALTH),
                assign(CostComponent.TRANSPORT, "120.00", Funder.SOCIAL_CARE)));
        assertThat(w.get(Funder.SOCIAL_CARE)).isEqualByComparingTo("6620.00");
        assertThat(w.get(Funder.HEALTH)).isEqualByComparingTo("350.00");
        assertThat(w.get(Funder.EDUCATION)).isEqualByComparingTo("0");
    }

    @Test
    void fixedSharesAddUpExactlyWithSocialCareTakingTheRemainder() {
        Map<Funder, BigDecimal> w = ApportionmentCalculator.byFixedShares(new BigDecimal("100.00"),
                new BigDecimal("33.33"), new BigDecimal("33.33"));
        assertThat(w.get(Funder.EDUCATION)).isEqualByComparingTo("33.33");
        assertThat(w.get(Funder.SOCIAL_CARE)).isEqualByComparingTo("33.34");
        assertThat(w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
    }

    @Test
    void sharesRoundHalfUpToOneDecimalPlaceEach() {
        assertThat(ApportionmentCalculator.sharePct(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.3");
        assertThat(ApportionmentCalculator.sharePct(new BigDecimal("2"), new BigDecimal("3"))).isEqualByComparingTo("66.7");
        assertThat(ApportionmentCalculator.sharePct(new BigDecimal("1"), new BigDecimal("2000"))).isEqualByComparingTo("0.1");
        assertThat(ApportionmentCalculator.sharePct(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0.0");
        FunderShare s = ApportionmentCalculator.share(new BigDecimal("350.00"), new BigDecimal("7000.00"), 38);
        assertThat(s.annual()).isEqualByComparingTo("13300.00");
        assertThat(s.share()).isEqualByComparingTo("5.0");
    }

    @Test
    void coversNeedsEveryKnownComponentExactlyOnce() {
        Placement p = PlacementBuilder.placement().core("100").additionalStaffing(null).education(null)
                .therapy("10").transport(null).build();
        var core = assign(CostComponent.CORE, "100", Funder.SOCIAL_CARE);
        var therapy = assign(CostComponent.THERAPY, "10", Funder.HEALTH);
        assertThat(ApportionmentCalculator.covers(p, List.of(core))).isFalse();
        assertThat(ApportionmentCalculator.covers(p, List.of(core, therapy))).isTrue();
        assertThat(ApportionmentCalculator.covers(p, List.of(core, therapy, core))).isFalse();
        assertThat(ApportionmentCalculator.unknownComponents(p)).containsExactly("additionalStaffing", "education",
                "transport");
    }

    @Test
    void shortfallIsNeverNegative() {
        assertThat(ApportionmentCalculator.shortfall(new BigDecimal("10"), new BigDecimal("4"))).isEqualByComparingTo("6");
        assertThat(ApportionmentCalculator.shortfall(new BigDecimal("4"), new BigDecimal("10"))).isEqualByComparingTo("0");
    }
}
