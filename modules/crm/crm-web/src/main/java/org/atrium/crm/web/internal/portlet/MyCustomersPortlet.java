package org.atrium.crm.web.internal.portlet;

import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 我的客户: the user's own customers, most recently changed first. */
@Component(service = PortletContribution.class)
public class MyCustomersPortlet implements PortletContribution {

    private final CustomerService customers;

    @Activate
    public MyCustomersPortlet(@Reference CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public String id() {
        return "crm.my-customers";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(locale).get("portlet.myCustomers");
    }

    @Override
    public PortletSize defaultSize() {
        return PortletSize.SMALL;
    }

    @Override
    public String requiredPermission() {
        return CrmPermissions.CUSTOMER_VIEW;
    }

    @Override
    public int defaultOrder() {
        return 40;
    }

    @Override
    public com.vaadin.ui.Component createPortlet(ShellContext context) {
        Texts texts = Texts.of(context.locale());
        Labels labels = new Labels(texts);
        CustomerFilter mine = new CustomerFilter(null, null, null, null, null, null, null, null, true);
        var rows = customers.search(context.user(), mine, new PageRequest(0, 6, "updatedAt", false)).stream()
                .map(c -> new PortletBody.Row(c.name(), labels.of(c.lifecycle()), "crm/customer", String.valueOf(c.id())))
                .toList();
        return new PortletBody(texts, rows, "portlet.myCustomers.empty", "crm/customers");
    }
}
