package org.atrium.crm.web.internal.sharing;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.List;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.ShellContext;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 共享申请: the requests on customers the user holds (pending first; approve or decline) and the
 * user's own requests with their status. Both are the newest {@value #ROWS} of the service.
 */
final class SharingView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 200;

    private final transient ShellContext context;
    private final Texts keys;
    private final transient SharingService sharing;
    private final transient Directory names;
    private final transient SharingDecision decision;
    private final Grid<SharingRequest> incoming = new Grid<>();
    private final Grid<SharingRequest> outgoing = new Grid<>();
    private final CheckBox pendingOnly;

    SharingView(ShellContext context, Texts texts, Texts keys, SharingService sharing, Directory names) {
        this.context = context;
        this.keys = keys;
        this.sharing = sharing;
        this.names = names;
        this.decision = new SharingDecision(context, texts, keys, sharing);
        setWidth("100%");
        Label heading = new Label(keys.get("sharing.title"));
        heading.addStyleName(ValoTheme.LABEL_H2);
        pendingOnly = new CheckBox(keys.get("sharing.pendingOnly"), true);
        pendingOnly.addValueChangeListener(e -> refresh());
        Label incomingHeading = new Label(keys.get("sharing.incoming"));
        incomingHeading.addStyleName(ValoTheme.LABEL_H4);
        Label outgoingHeading = new Label(keys.get("sharing.outgoing"));
        outgoingHeading.addStyleName(ValoTheme.LABEL_H4);
        incomingColumns(context.isPermitted(CrmPermissions.CUSTOMER_EDIT));
        outgoingColumns();
        addComponents(heading, incomingHeading, pendingOnly, incoming, outgoingHeading, outgoing);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
    }

    private void incomingColumns(boolean mayDecide) {
        incoming.addColumn(r -> r.customerName() == null ? "—" : r.customerName())
                .setCaption(keys.get("sharing.column.customer")).setExpandRatio(1);
        incoming.addColumn(r -> r.requesterName() + "（" + names.company(r.requesterUnitId()) + "）")
                .setCaption(keys.get("sharing.column.requester"));
        incoming.addColumn(SharingRequest::reason).setCaption(keys.get("sharing.column.reason")).setExpandRatio(1);
        incoming.addColumn(r -> SharingRows.when(r.createdAt())).setCaption(keys.get("sharing.column.createdAt"));
        incoming.addColumn(r -> SharingRows.status(keys, r.status())).setCaption(keys.get("sharing.column.status"));
        if (mayDecide) {
            incoming.addComponentColumn(this::decideButtons).setWidth(190);
        }
        incoming.addItemClickListener(e -> open(e.getItem()));
        incoming.setWidth("100%");
        incoming.setId("crm-sharing-incoming");
    }

    private void outgoingColumns() {
        outgoing.addColumn(r -> r.customerName() == null ? "—" : r.customerName())
                .setCaption(keys.get("sharing.column.customer")).setExpandRatio(1);
        outgoing.addColumn(r -> r.holderCompany() + " · " + r.holderOwnerName())
                .setCaption(keys.get("sharing.column.holder"));
        outgoing.addColumn(SharingRequest::reason).setCaption(keys.get("sharing.column.reason")).setExpandRatio(1);
        outgoing.addColumn(r -> SharingRows.when(r.createdAt())).setCaption(keys.get("sharing.column.createdAt"));
        outgoing.addColumn(r -> SharingRows.status(keys, r.status())).setCaption(keys.get("sharing.column.status"));
        outgoing.addColumn(SharingRequest::decisionNote).setCaption(keys.get("sharing.column.note"));
        outgoing.addItemClickListener(e -> open(e.getItem()));
        outgoing.setWidth("100%");
        outgoing.setId("crm-sharing-outgoing");
    }

    private HorizontalLayout decideButtons(SharingRequest request) {
        HorizontalLayout row = new HorizontalLayout();
        if (request.status() == SharingStatus.PENDING) {
            Button approve = new Button(keys.get("sharing.approve"), e -> decision.open(request, true, this::refresh));
            approve.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_FRIENDLY);
            Button decline = new Button(keys.get("sharing.decline"), e -> decision.open(request, false, this::refresh));
            decline.addStyleName(ValoTheme.BUTTON_SMALL);
            row.addComponents(approve, decline);
        }
        return row;
    }

    private void open(SharingRequest request) {
        if (request.customerId() != null) {
            context.navigate("crm/customer", String.valueOf(request.customerId()));
        }
    }

    /** Re-reads both lists. */
    void refresh() {
        PageRequest page = PageRequest.first(ROWS);
        List<SharingRequest> in = new ServiceCall(context).get(
                () -> sharing.incoming(context.user(), pendingOnly.getValue(), page), null);
        List<SharingRequest> out = new ServiceCall(context).get(() -> sharing.outgoing(context.user(), page), null);
        show(incoming, in);
        show(outgoing, out);
    }

    private static void show(Grid<SharingRequest> grid, List<SharingRequest> rows) {
        List<SharingRequest> safe = rows == null ? List.of() : rows;
        grid.setItems(safe);
        grid.setHeightByRows(Math.max(2, Math.min(10, safe.size())));
    }
}
