package placementreview.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedBandTest {
    /** The thresholds shipped in rules/reference/parameters-continuing-care.csv. */
    private static final NeedBands SHIPPED = new NeedBands(new BigDecimal("3"), BigDecimal.ONE);

    @Test
    void bandsFollowTheChecklistAndNeedACompleteProfileBelowComplex() {
        assertThat(SHIPPED.bandOf(all(DstLevel.LOW))).isEqualTo(NeedBand.STANDARD);
        assertThat(SHIPPED.bandOf(with(all(DstLevel.NONE), DstDomain.MOBILITY, DstLevel.MODERATE)))
                .isEqualTo(NeedBand.ELEVATED);
        Needs twoHigh = with(with(all(DstLevel.NONE), DstDomain.SKIN, DstLevel.HIGH), DstDomain.MOBILITY,
                DstLevel.HIGH);
        assertThat(SHIPPED.bandOf(twoHigh)).isEqualTo(NeedBand.ELEVATED);
        assertThat(SHIPPED.bandOf(with(twoHigh, DstDomain.BREATHING, DstLevel.HIGH))).isEqualTo(NeedBand.COMPLEX);
        assertThat(SHIPPED.bandOf(new Needs(Map.of(DstDomain.SEIZURES, DstLevel.SEVERE)))).isEqualTo(NeedBand.COMPLEX);
        assertThat(SHIPPED.bandOf(new Needs(Map.of(DstDomain.SEIZURES, DstLevel.LOW)))).isNull();
    }

    @Test
    void theBandMovesWithTheChecklistThresholds() {
        Needs twoHigh = with(with(all(DstLevel.NONE), DstDomain.SKIN, DstLevel.HIGH), DstDomain.MOBILITY,
                DstLevel.HIGH);
        assertThat(new NeedBands(new BigDecimal("2"), BigDecimal.ONE).bandOf(twoHigh)).isEqualTo(NeedBand.COMPLEX);
        Needs oneSevere = with(all(DstLevel.NONE), DstDomain.SEIZURES, DstLevel.SEVERE);
        assertThat(new NeedBands(new BigDecimal("3"), new BigDecimal("2")).bandOf(oneSevere))
                .isEqualTo(NeedBand.ELEVATED);
        // as CC-01 counts: a severe domain is not one of the high ones
        Needs twoHighOneSevere = with(twoHigh, DstDomain.SEIZURES, DstLevel.SEVERE);
        assertThat(new NeedBands(new BigDecimal("3"), new BigDecimal("2")).bandOf(twoHighOneSevere))
                .isEqualTo(NeedBand.ELEVATED);
    }

    private static Needs all(DstLevel level) {
        Map<DstDomain, DstLevel> levels = new EnumMap<>(DstDomain.class);
        for (DstDomain d : DstDomain.values()) {
            levels.put(d, level);
        }
        return new Needs(levels);
    }

    private static Needs with(Needs needs, DstDomain domain, DstLevel level) {
        return new Needs(with(needs.levels(), domain, level));
    }

    private static Map<DstDomain, DstLevel> with(Map<DstDomain, DstLevel> levels, DstDomain domain, DstLevel level) {
        Map<DstDomain, DstLevel> copy = new EnumMap<>(DstDomain.class);
        copy.putAll(levels);
        copy.put(domain, level);
        return copy;
    }
}
