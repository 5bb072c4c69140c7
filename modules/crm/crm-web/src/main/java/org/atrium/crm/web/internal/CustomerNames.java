package org.atrium.crm.web.internal;

import java.util.HashMap;
import java.util.Map;

import org.atrium.crm.api.customer.CustomerService;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.identity.UserContext;

/**
 * Customer names for the customer column of contact, lead and opportunity lists, cached for a
 * view's life. A customer the user may not see shows as its id only.
 */
public final class CustomerNames {

    private final CustomerService customers;
    private final UserContext caller;
    private final Map<Long, String> names = new HashMap<>();

    public CustomerNames(CustomerService customers, UserContext caller) {
        this.customers = customers;
        this.caller = caller;
    }

    /** @return the customer's name, or {@code #id} when unknown or not visible */
    public String of(Long customerId) {
        if (customerId == null) {
            return "";
        }
        return names.computeIfAbsent(customerId, id -> {
            try {
                return customers.get(caller, id).name();
            } catch (NotFoundException | AccessDeniedException e) {
                return "#" + id;
            }
        });
    }
}
