package org.atrium.platform.web.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.platform.web.internal.Fixtures.portlet;

import java.util.List;
import java.util.Optional;

import org.atrium.platform.api.portal.PortletPlacement;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.junit.jupiter.api.Test;

class DashboardModelTest {

    private final PortletContribution todo = portlet("platform.todo", PortletSize.MEDIUM, 10, null);
    private final PortletContribution notices = portlet("platform.notices", PortletSize.SMALL, 20, null);
    private final PortletContribution directory = portlet("platform.directory", PortletSize.LARGE, 30, null);
    private final List<PortletContribution> permitted = List.of(todo, notices, directory);

    private static List<String> ids(DashboardModel model) {
        return model.tiles().stream().map(t -> t.portlet().id()).toList();
    }

    @Test
    void withoutSavedLayoutEveryPermittedPortletAppearsInDefaultOrderAndSize() {
        DashboardModel model = DashboardModel.resolve(Optional.empty(),
                List.of(directory, notices, todo));

        assertThat(ids(model)).containsExactly("platform.todo", "platform.notices", "platform.directory");
        assertThat(model.tiles()).extracting(DashboardModel.Tile::columns).containsExactly(2, 1, 3);
        assertThat(model.addable()).isEmpty();
    }

    @Test
    void savedLayoutDecidesOrderAndWidthAndSkipsUnknownOrForbiddenIds() {
        DashboardModel model = DashboardModel.resolve(Optional.of(List.of(
                new PortletPlacement("platform.directory", 1, 5),
                new PortletPlacement("crm.uninstalled", 2, 7),
                new PortletPlacement("platform.todo", 3, 9),
                new PortletPlacement("platform.todo", 1, 11))), permitted);

        assertThat(ids(model)).containsExactly("platform.directory", "platform.todo");
        assertThat(model.tiles()).extracting(DashboardModel.Tile::columns).containsExactly(1, 3);
        assertThat(model.addable()).containsExactly(notices);
    }

    @Test
    void anEmptySavedLayoutStaysEmpty() {
        DashboardModel model = DashboardModel.resolve(Optional.of(List.of()), permitted);

        assertThat(model.tiles()).isEmpty();
        assertThat(model.addable()).containsExactlyElementsOf(permitted);
    }

    @Test
    void editsProduceTheLayoutToSave() {
        DashboardModel model = DashboardModel.resolve(Optional.of(List.of(
                new PortletPlacement("platform.todo", 2, 1))), permitted);

        model.add("platform.directory");
        model.add("platform.directory"); // already there
        model.add("crm.forbidden");      // not permitted
        model.moveUp("platform.directory");
        model.resize("platform.todo", 7);
        model.moveDown("platform.todo"); // already last

        assertThat(model.placements()).containsExactly(
                new PortletPlacement("platform.directory", 3, 10),
                new PortletPlacement("platform.todo", 3, 20));

        model.remove("platform.directory");
        model.moveUp("platform.todo"); // first: nothing happens
        assertThat(model.placements()).containsExactly(new PortletPlacement("platform.todo", 3, 10));
    }
}
