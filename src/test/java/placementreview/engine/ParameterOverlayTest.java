package placementreview.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import placementreview.io.InputException;
import placementreview.model.PolicyParameter;
import placementreview.model.ReviewContext;
import placementreview.testing.TestRules;

/** --set NAME=VALUE: checked against the parameters the tables define and the kind of value each unit says. */
class ParameterOverlayTest {
    private final Rulebase base = TestRules.rulebase();

    @Test
    void aSettingReplacesThatParameterOnlyAndKeepsTheCompiledRules() {
        Rulebase changed = ParameterOverlay.apply(base, ParameterOverlay.parse(base,
                List.of("very-high-cost-weekly=12000", "fee-uplift-cap-pct=3")));
        assertThat(value(changed, "very-high-cost-weekly")).isEqualByComparingTo("12000");
        assertThat(value(changed, "fee-uplift-cap-pct")).isEqualByComparingTo("3");
        assertThat(value(changed, "negotiation-lead-weeks")).isEqualByComparingTo(value(base, "negotiation-lead-weeks"));
        assertThat(value(base, "very-high-cost-weekly")).isEqualByComparingTo("10000");
        assertThat(changed.kieBase()).isSameAs(base.kieBase());
        assertThat(changed.reference().facts()).hasSameSizeAs(base.reference().facts());
        assertThat(changed.source()).isEqualTo(base.source()
                + " with --set fee-uplift-cap-pct=3 --set very-high-cost-weekly=12000");
    }

    @Test
    void theChangedVersionDependsOnTheSettingsNotOnTheirOrder() {
        String ab = ParameterOverlay.apply(base, ParameterOverlay.parse(base,
                List.of("very-high-cost-weekly=12000", "fee-uplift-cap-pct=3"))).version();
        String ba = ParameterOverlay.apply(base, ParameterOverlay.parse(base,
                List.of("fee-uplift-cap-pct=3", "very-high-cost-weekly=12000"))).version();
        String other = ParameterOverlay.apply(base, ParameterOverlay.parse(base,
                List.of("fee-uplift-cap-pct=3", "very-high-cost-weekly=12001"))).version();
        assertThat(ab).isEqualTo(ba).isNotEqualTo(base.version()).isNotEqualTo(other).hasSize(64);
    }

    @Test
    void anUnknownNameIsRefusedNamingTheClosestKnownName() {
        assertThatThrownBy(() -> ParameterOverlay.parse(base, List.of("uplift-cap-pct=3")))
                .isInstanceOf(InputException.class)
                .hasMessage("--set uplift-cap-pct=3: no policy parameter is named \"uplift-cap-pct\" (closest: "
                        + "\"fee-uplift-cap-pct\")");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedSayingWhatKindTheUnitNeeds() {
        assertRefused("very-high-cost-weekly=twelve thousand", "an amount in pounds");
        assertRefused("very-high-cost-weekly=12000.005", "an amount in pounds");
        assertRefused("very-high-cost-weekly=-1", "an amount in pounds");
        assertRefused("negotiation-lead-weeks=2.5", "a whole number");
        assertRefused("fee-uplift-cap-pct=150", "a percentage from 0 to 100");
        assertRefused("ap-fixed-shares=2", "0 or 1");
        assertRefused("under-16-unregistered-ban-from=20211340", "a date written yyyymmdd");
        assertRefused("very-high-cost-weekly", "write NAME=VALUE");
    }

    @Test
    void valuesOfTheRightKindAreAccepted() {
        List<ParameterOverlay.Setting> settings = ParameterOverlay.parse(base, List.of("very-high-cost-weekly=12000.50",
                "negotiation-lead-weeks=6", "fee-uplift-cap-pct=2.5", "ap-fixed-shares=1",
                "under-16-unregistered-ban-from=20210910", "out-of-area-distance-miles=25.5"));
        assertThat(settings).extracting(ParameterOverlay.Setting::text).containsExactly("very-high-cost-weekly=12000.50",
                "negotiation-lead-weeks=6", "fee-uplift-cap-pct=2.5", "ap-fixed-shares=1",
                "under-16-unregistered-ban-from=20210910", "out-of-area-distance-miles=25.5");
        assertThat(settings.get(0).before()).isEqualByComparingTo("10000");
        assertThat(settings.get(0).definedAt()).endsWith("reference/parameters.csv:2");
    }

    @Test
    void aPriceSetIsAtItsPriceYearAndTheReviewSeesItUplifted() {
        Rulebase changed = ParameterOverlay.apply(base, ParameterOverlay.parse(base,
                List.of("holiday-care-weekly=700")));
        ReviewContext context = new ReviewContext(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31));
        // 700.00 at 2016-17 prices x 134.4 / 100.0 = 940.80 at 2026-27 prices; the shipped 646.00 gives 868.22
        assertThat(seen(changed, context).value()).isEqualByComparingTo("940.80");
        assertThat(seen(changed, context).price().priceYear()).isEqualTo("2016-17");
        assertThat(seen(base, context).value()).isEqualByComparingTo("868.22");
    }

    private static PolicyParameter seen(Rulebase rulebase, ReviewContext context) {
        return rulebase.reference().factsAt(context).stream().filter(PolicyParameter.class::isInstance)
                .map(PolicyParameter.class::cast).filter(p -> p.name().equals("holiday-care-weekly")).findFirst()
                .orElseThrow();
    }

    @Test
    void aParameterSetTwiceIsRefused() {
        assertThatThrownBy(() -> ParameterOverlay.parse(base, List.of("fee-uplift-cap-pct=3", "fee-uplift-cap-pct=2")))
                .isInstanceOf(InputException.class).hasMessageContaining("is set twice");
    }

    private void assertRefused(String setting, String expected) {
        assertThatThrownBy(() -> ParameterOverlay.parse(base, List.of(setting))).as(setting)
                .isInstanceOf(InputException.class).hasMessageStartingWith("--set " + setting + ": ")
                .hasMessageContaining(expected);
    }

    private static BigDecimal value(Rulebase rulebase, String name) {
        return rulebase.reference().parameters().stream().filter(p -> p.name().equals(name))
                .map(PolicyParameter::value).findFirst().orElseThrow();
    }
}
