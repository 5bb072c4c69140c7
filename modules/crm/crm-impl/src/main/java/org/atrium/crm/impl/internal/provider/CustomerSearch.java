package org.atrium.crm.impl.internal.provider;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Global search over customers: name or short-name prefix, code or old code, credit code, pinyin initials. */
@Component(service = SearchProvider.class)
public final class CustomerSearch implements SearchProvider {

    private final CustomerService customers;
    private final AccessService access;
    private final Texts texts = new Texts();

    @Activate
    public CustomerSearch(@Reference CustomerService customers, @Reference AccessService access) {
        this.customers = customers;
        this.access = access;
    }

    @Override
    public String id() {
        return "crm.customer";
    }

    @Override
    public String label(Locale locale) {
        return texts.get(locale, "search.customers");
    }

    @Override
    public List<SearchHit> search(UserContext user, String text, int limit) {
        if (text == null || text.isBlank() || limit < 1 || !access.isPermitted(user, CrmPermissions.CUSTOMER_VIEW)) {
            return List.of();
        }
        return customers.search(user, CustomerFilter.text(text), new PageRequest(0, Math.min(limit, 50), "name", true))
                .stream().map(c -> new SearchHit(c.name(), c.code() + (c.creditCode() == null ? "" : " · " + c.creditCode()),
                        DueNextStepsTodo.CUSTOMER_VIEW, String.valueOf(c.id())))
                .toList();
    }
}
