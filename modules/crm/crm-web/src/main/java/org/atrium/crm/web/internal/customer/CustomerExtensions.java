package org.atrium.crm.web.internal.customer;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The tabs and summary cards other bundles (and this one) contribute to the customer 360 page,
 * collected while their bundles are active. A page asks for them when it opens, so a bundle that
 * arrives later shows on the next visit.
 */
@Component(service = CustomerExtensions.class)
public class CustomerExtensions {

    private final List<CustomerTabContribution> tabs = new CopyOnWriteArrayList<>();
    private final List<CustomerCardContribution> cards = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeTab")
    public void addTab(CustomerTabContribution tab) {
        tabs.add(tab);
    }

    public void removeTab(CustomerTabContribution tab) {
        tabs.remove(tab);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeCard")
    public void addCard(CustomerCardContribution card) {
        cards.add(card);
    }

    public void removeCard(CustomerCardContribution card) {
        cards.remove(card);
    }

    /** @return the tabs the user may see, by order then id */
    public List<CustomerTabContribution> tabs(Predicate<String> permitted) {
        return tabs.stream().filter(t -> t.requiredPermission() == null || permitted.test(t.requiredPermission()))
                .sorted(Comparator.comparingInt(CustomerTabContribution::order)
                        .thenComparing(CustomerTabContribution::id))
                .toList();
    }

    /** @return the cards the user may see, by order then id */
    public List<CustomerCardContribution> cards(Predicate<String> permitted) {
        return cards.stream().filter(c -> c.requiredPermission() == null || permitted.test(c.requiredPermission()))
                .sorted(Comparator.comparingInt(CustomerCardContribution::order)
                        .thenComparing(CustomerCardContribution::id))
                .toList();
    }
}
