package org.atrium.platform.admin.internal.directory;

import com.vaadin.ui.Grid;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserSummary;

/** The columns user grids share; sortable ones carry the service's sort property. */
public final class UserColumns {

    private UserColumns() {
    }

    /** Adds name, unit, position, mobile and e-mail. */
    public static void addDirectoryColumns(Grid<UserSummary> grid, Texts texts) {
        grid.addColumn(UserSummary::displayName).setId("displayName").setCaption(texts.get("user.column.name"))
                .setSortProperty("displayName");
        grid.addColumn(UserSummary::unitName).setId("unitName").setCaption(texts.get("user.column.unit"))
                .setSortProperty("unitName");
        grid.addColumn(UserSummary::positionName).setId("positionName")
                .setCaption(texts.get("user.column.position")).setSortable(false);
        grid.addColumn(UserSummary::mobile).setId("mobile").setCaption(texts.get("user.column.mobile"))
                .setSortable(false);
        grid.addColumn(UserSummary::email).setId("email").setCaption(texts.get("user.column.email"))
                .setSortable(false).setExpandRatio(1);
    }
}
