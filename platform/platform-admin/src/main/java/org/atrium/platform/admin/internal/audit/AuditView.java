package org.atrium.platform.admin.internal.audit;

import org.atrium.shell.api.ui.Downloads;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Buttons;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.audit.AuditEntry;

/** The audit log: filters over a lazy grid, newest first, and a CSV export of the filtered log. */
final class AuditView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final TextField text = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DateField from = new DateField();
    private final DateField to = new DateField();

    AuditView(Texts texts, AuditLogic logic) {
        setSizeFull();
        Label heading = new Label(texts.get("audit.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        CallbackDataProvider<AuditEntry, Void> rows = DataProvider.fromCallbacks(
                q -> logic.fetch(q.getOffset(), q.getLimit(), q.getSortOrders()), q -> logic.count());
        text.setPlaceholder(texts.get("audit.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        action.setPlaceholder(texts.get("audit.filter.action"));
        action.setItems(AuditLogic.ACTION_PREFIXES);
        action.setItemCaptionGenerator(prefix -> texts.get(AuditKeys.actionKey(prefix)));
        action.setTextInputAllowed(false);
        from.setPlaceholder(texts.get("audit.filter.from"));
        to.setPlaceholder(texts.get("audit.filter.to"));
        from.setDateFormat("yyyy-MM-dd");
        to.setDateFormat("yyyy-MM-dd");
        Runnable changed = () -> {
            logic.filter(text.getValue(), action.getValue(), from.getValue(), to.getValue());
            rows.refreshAll();
        };
        text.addValueChangeListener(e -> changed.run());
        action.addValueChangeListener(e -> changed.run());
        from.addValueChangeListener(e -> changed.run());
        to.addValueChangeListener(e -> changed.run());
        Button export = Buttons.of(texts.get("common.exportCsv"), VaadinIcons.DOWNLOAD, e -> { });
        Downloads.csv(export, "audit", () -> logic.exportCsv(texts));
        HorizontalLayout filters = new HorizontalLayout(text, action, from, to, export);
        Grid<AuditEntry> grid = new Grid<>(rows);
        grid.addColumn(e -> logic.time(e.time())).setCaption(texts.get("audit.column.time")).setWidth(180);
        grid.addColumn(AuditEntry::actorLogin).setCaption(texts.get("audit.column.actor"));
        grid.addColumn(AuditEntry::action).setCaption(texts.get("audit.column.action"));
        grid.addColumn(AuditLogic::target).setCaption(texts.get("audit.column.target"));
        grid.addColumn(AuditEntry::detail).setCaption(texts.get("audit.column.detail")).setExpandRatio(1);
        grid.addColumn(AuditEntry::remoteAddress).setCaption(texts.get("audit.column.address"));
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.setSizeFull();
        addComponents(heading, filters, grid);
        setExpandRatio(grid, 1);
    }
}
