package org.atrium.crm.impl.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoolDaysTest {

    @Test
    void defaultAndOverridesByCompanyCode() {
        PoolDays days = PoolDays.parse(90, new String[] {"SOUTH=60", " north-tj = 0 ", ""});
        assertThat(days.forCompany("SOUTH")).isEqualTo(60);
        assertThat(days.forCompany("NORTH-TJ")).isZero();
        assertThat(days.forCompany("EAST")).isEqualTo(90);
        assertThat(days.forCompany(null)).isEqualTo(90);
    }

    @Test
    void malformedEntriesAreRejected() {
        for (String bad : new String[] {"SOUTH", "=5", "SOUTH=x", "SOUTH=-1"}) {
            assertThatThrownBy(() -> PoolDays.parse(90, new String[] {bad})).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PoolDays.parse(-1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
