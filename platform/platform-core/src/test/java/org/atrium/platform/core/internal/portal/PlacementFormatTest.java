package org.atrium.platform.core.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.atrium.platform.api.portal.PortletPlacement;
import org.junit.jupiter.api.Test;

class PlacementFormatTest {

    @Test
    void placementsSurviveTheRoundTripInOrder() {
        List<PortletPlacement> placements = List.of(new PortletPlacement("crm.funnel:v2", 3, 20),
                new PortletPlacement("platform.todo", 1, 10));

        String text = DashboardLayoutServiceImpl.format(placements);

        assertThat(text).isEqualTo("10\t1\tplatform.todo\n20\t3\tcrm.funnel:v2");
        assertThat(DashboardLayoutServiceImpl.parse(text)).containsExactly(placements.get(1), placements.get(0));
    }
}
