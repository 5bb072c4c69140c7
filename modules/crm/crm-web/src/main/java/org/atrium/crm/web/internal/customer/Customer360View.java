package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.web.internal.classification.Dimensions;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.crm.web.internal.CrmStyles;
import org.atrium.crm.web.internal.DetailHeader;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Params;
import org.atrium.crm.web.internal.Texts;
import org.atrium.shell.api.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TabSheet;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 客户全景: header with the customer's key facts, the summary cards contributed through
 * {@link CustomerCardContribution}, and tabs — profile first, then every
 * {@link CustomerTabContribution} the user may see (contacts, opportunities and timeline are
 * contributed by this bundle the same way), owners and sharing last. A contribution that fails to
 * build is left out and logged; the page still opens.
 */
final class Customer360View extends VerticalLayout implements View {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Customer360View.class);

    private final transient ShellContext context;
    private final Texts texts;
    private final transient CustomerService customers;
    private final transient Directory names;
    private final transient CustomerExtensions extensions;
    private final transient ClassificationService classifications;
    private TabSheet tabs;

    /** @param classifications the classification dimensions' service, or {@code null} while none is registered */
    Customer360View(ShellContext context, Texts texts, CustomerService customers, Directory names,
            CustomerExtensions extensions, ClassificationService classifications) {
        this.context = context;
        this.classifications = classifications;
        this.texts = texts;
        this.customers = customers;
        this.names = names;
        this.extensions = extensions;
        setWidth("100%");
    }

    @Override
    public void enter(ViewChangeEvent event) {
        CrmStyles.ensure(context.ui());
        show(Params.id(event.getParameters()));
    }

    /** Loads and shows the customer, or a notice when it is unknown or outside the user's scope. */
    void show(OptionalLong id) {
        removeAllComponents();
        Customer customer = id.isPresent()
                ? new ServiceCall(context).get(() -> customers.get(context.user(), id.getAsLong()), null) : null;
        if (customer == null) {
            Label missing = new Label(texts.get("customer360.notFound"));
            missing.addStyleName(ValoTheme.LABEL_LIGHT);
            addComponent(missing);
            return;
        }
        addComponents(header(customer), cards(customer.id()));
        tabs = new TabSheet();
        tabs.setWidth("100%");
        tabs.addTab(new CustomerProfileTab(context, texts, customers, customer,
                Dimensions.of(context, classifications), this::reload),
                texts.get("customer360.tab.profile"));
        for (CustomerTabContribution tab : extensions.tabs(context::isPermitted)) {
            Component body = create(tab.id(), () -> tab.createTab(context, customer.id()));
            if (body != null) {
                tabs.addTab(body, tab.title(context.locale())).setId("crm-tab-" + tab.id());
            }
        }
        tabs.addTab(new CustomerOwnersTab(context, texts, customers, names, customer, this::reload),
                texts.get("customer360.tab.owners"));
        addComponent(tabs);
    }

    private void reload(Customer changed) {
        int selected = tabs == null ? 0 : tabs.getTabPosition(tabs.getTab(tabs.getSelectedTab()));
        show(OptionalLong.of(changed.id()));
        if (tabs != null && selected >= 0 && selected < tabs.getComponentCount()) {
            tabs.setSelectedTab(selected);
        }
    }

    private DetailHeader header(Customer c) {
        Labels labels = new Labels(texts);
        return new DetailHeader(c.name())
                .fact(texts.get("customer.field.code"), c.code())
                .fact(texts.get("customer.field.lifecycle"), labels.of(c.lifecycle()))
                .fact(texts.get("customer.field.tier"), c.tier() == null ? null : c.tier().name())
                .fact(texts.get("customer.field.owner"), names.user(c.ownerUserId()))
                .fact(texts.get("customer.field.unit"), names.unit(c.ownerUnitId()))
                .fact(texts.get("customer.field.creditCode"), c.creditCode());
    }

    private CssLayout cards(long customerId) {
        CssLayout row = new CssLayout();
        row.setWidth("100%");
        for (CustomerCardContribution card : extensions.cards(context::isPermitted)) {
            Component body = create(card.id(), () -> card.createCard(context, customerId));
            if (body != null && body.isVisible()) {
                Label title = new Label(card.title(context.locale()));
                title.addStyleNames(ValoTheme.LABEL_SMALL, ValoTheme.LABEL_LIGHT);
                VerticalLayout frame = new VerticalLayout(title, body);
                frame.setMargin(false);
                frame.setSpacing(false);
                frame.setWidthUndefined();
                frame.addStyleNames("crm-card", "crm-fact");
                row.addComponent(frame);
            }
        }
        row.setVisible(row.getComponentCount() > 0);
        return row;
    }

    private Component create(String id, java.util.function.Supplier<Component> factory) {
        try {
            return factory.get();
        } catch (RuntimeException e) {
            LOG.warn("Customer 360 contribution {} failed to build", id, e);
            return null;
        }
    }

    /** @return the captions of the tabs shown, for tests */
    List<String> tabCaptions() {
        List<String> out = new ArrayList<>();
        if (tabs != null) {
            for (int i = 0; i < tabs.getComponentCount(); i++) {
                out.add(tabs.getTab(i).getCaption());
            }
        }
        return out;
    }
}
