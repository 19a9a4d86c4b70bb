package placementreview.ruleapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import placementreview.model.Capacity;

/**
 * A step-down route names its capacity pool by a field of the case file's capacity block (the loader accepts exactly
 * the Capacity record's fields): the allocator must read each of them as that field.
 */
class CapacityPoolsTest {
    @Test
    void everyPoolARouteMayNameIsReadFromItsOwnField() throws ReflectiveOperationException {
        Capacity capacity = new Capacity(3, 2, 1);
        for (RecordComponent pool : Capacity.class.getRecordComponents()) {
            assertThat(CapacityAllocator.places(capacity, pool.getName())).as(pool.getName())
                    .isEqualTo(pool.getAccessor().invoke(capacity));
        }
    }
}
