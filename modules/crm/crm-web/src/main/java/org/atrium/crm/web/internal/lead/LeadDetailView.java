package org.atrium.crm.web.internal.lead;

import org.atrium.shell.api.ui.ServiceCall;

import java.time.Clock;
import java.util.OptionalLong;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.DetailHeader;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Params;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** One lead: its facts, overdue state and the actions on it (follow, edit, assign, disqualify, convert). */
final class LeadDetailView extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;

    private final transient ShellContext context;
    private final Texts texts;
    private final transient LeadService leads;
    private final transient LeadActions actions;
    private final transient Directory names;

    LeadDetailView(ShellContext context, Texts texts, LeadService leads, LeadActions actions, Directory names) {
        this.context = context;
        this.texts = texts;
        this.leads = leads;
        this.actions = actions;
        this.names = names;
        setWidth("100%");
    }

    @Override
    public void enter(ViewChangeEvent event) {
        CrmStyles.ensure(context.ui());
        show(Params.id(event.getParameters()));
    }

    void show(OptionalLong id) {
        removeAllComponents();
        Lead lead = id.isPresent() ? new ServiceCall(context).get(() -> leads.get(context.user(), id.getAsLong()), null)
                : null;
        if (lead == null) {
            Label missing = new Label(texts.get("lead.notFound"));
            missing.addStyleName(ValoTheme.LABEL_LIGHT);
            addComponent(missing);
            return;
        }
        Labels labels = new Labels(texts);
        LeadRows rows = new LeadRows(Clock.systemDefaultZone());
        DetailHeader header = new DetailHeader(lead.contactName()
                + (lead.companyName() == null ? "" : " · " + lead.companyName()))
                .fact(texts.get("lead.field.status"), labels.of(lead.status()))
                .fact(texts.get("lead.field.channel"), labels.of(lead.channel()))
                .fact(texts.get("lead.field.mobile"), lead.mobile())
                .fact(texts.get("lead.field.email"), lead.email())
                .fact(texts.get("customer.field.province"), lead.province())
                .fact(texts.get("customer.field.city"), lead.city())
                .fact(texts.get("customer.field.industry"), lead.industry())
                .fact(texts.get("customer.field.owner"), names.user(lead.ownerUserId()))
                .fact(texts.get("lead.field.deadline"), rows.deadline(lead));
        addComponent(header);
        if (rows.style(lead) != null) {
            Label overdue = new Label(texts.get("lead.overdue"));
            overdue.addStyleName(ValoTheme.LABEL_FAILURE);
            addComponent(overdue);
        }
        if (lead.description() != null) {
            Label description = new Label(lead.description());
            description.setWidth("100%");
            addComponent(description);
        }
        addComponent(buttons(lead));
    }

    private HorizontalLayout buttons(Lead lead) {
        boolean open = lead.status().isOpen();
        boolean mayEdit = open && context.isPermitted(CrmPermissions.LEAD_EDIT);
        Runnable reload = () -> show(OptionalLong.of(lead.id()));
        Button follow = button("lead.follow", VaadinIcons.PHONE, () -> actions.follow(lead, l -> reload.run()));
        follow.setVisible(mayEdit && lead.status() == org.atrium.crm.api.lead.LeadStatus.NEW);
        Button edit = button("common.edit", VaadinIcons.EDIT,
                () -> new LeadDialog(context, texts, leads, lead).open(l -> reload.run()));
        edit.setVisible(mayEdit);
        Button assign = button("lead.assign", VaadinIcons.USER_CHECK, () -> actions.assign(lead, l -> reload.run()));
        assign.setVisible(open && context.isPermitted(CrmPermissions.LEAD_ASSIGN));
        Button disqualify = button("lead.disqualify", VaadinIcons.BAN, () -> actions.disqualify(lead, l -> reload.run()));
        disqualify.setVisible(mayEdit);
        Button convert = button("convert.run", VaadinIcons.EXCHANGE, () -> actions.convert(lead, reload));
        convert.addStyleName(ValoTheme.BUTTON_PRIMARY);
        convert.setVisible(mayEdit);
        Button customer = button("lead.openCustomer", VaadinIcons.BUILDING,
                () -> context.navigate("crm/customer", String.valueOf(lead.convertedCustomerId())));
        customer.setVisible(lead.convertedCustomerId() != null);
        HorizontalLayout row = new HorizontalLayout(convert, follow, edit, assign, disqualify, customer);
        row.addStyleName(ValoTheme.LAYOUT_HORIZONTAL_WRAPPING);
        return row;
    }

    private Button button(String key, VaadinIcons icon, Runnable action) {
        Button button = new Button(texts.get(key), e -> action.run());
        button.setIcon(icon);
        return button;
    }
}
