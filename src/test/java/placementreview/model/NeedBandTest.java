package placementreview.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeedBandTest {

    @Test
    void bandsFollowTheChecklistAndNeedACompleteProfileBelowComplex() {
        assertThat(NeedBand.of(all(DstLevel.LOW))).isEqualTo(NeedBand.STANDARD);
        assertThat(NeedBand.of(with(all(DstLevel.NONE), DstDomain.MOBILITY, DstLevel.MODERATE)))
                .isEqualTo(NeedBand.ELEVATED);
        Needs twoHigh = with(with(all(DstLevel.NONE), DstDomain.SKIN, DstLevel.HIGH), DstDomain.MOBILITY,
                DstLevel.HIGH);
        assertThat(NeedBand.of(twoHigh)).isEqualTo(NeedBand.ELEVATED);
        assertThat(NeedBand.of(with(twoHigh, DstDomain.BREATHING, DstLevel.HIGH))).isEqualTo(NeedBand.COMPLEX);
        assertThat(NeedBand.of(new Needs(Map.of(DstDomain.SEIZURES, DstLevel.SEVERE)))).isEqualTo(NeedBand.COMPLEX);
        assertThat(NeedBand.of(new Needs(Map.of(DstDomain.SEIZURES, DstLevel.LOW)))).isNull();
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
