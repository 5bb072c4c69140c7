package org.atrium.platform.admin.internal.directory;

import java.util.List;

import com.vaadin.navigator.View;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgUnit;

/** The directory page: filters over a lazy grid of people. */
final class DirectoryView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    DirectoryView(Texts texts, UserDirectorySource source, List<OrgUnit> units) {
        setSizeFull();
        Label heading = new Label(texts.get("directory.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        UserFilterBar filters = new UserFilterBar(texts, units, false,
                (text, unitId, disabled) -> source.filter(text, unitId, disabled));
        Grid<UserSummary> grid = new Grid<>();
        UserColumns.addDirectoryColumns(grid, texts);
        grid.setDataProvider(source.dataProvider());
        grid.setSizeFull();
        addComponents(heading, filters, grid);
        setExpandRatio(grid, 1);
    }
}
