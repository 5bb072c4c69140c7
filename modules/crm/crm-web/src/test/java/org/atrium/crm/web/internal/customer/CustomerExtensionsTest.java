package org.atrium.crm.web.internal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import org.atrium.crm.web.api.CustomerCardContribution;
import org.atrium.crm.web.api.CustomerTabContribution;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;

class CustomerExtensionsTest {

    private static CustomerTabContribution tab(String id, int order, String permission) {
        return new CustomerTabContribution() {
            public String id() {
                return id;
            }

            public String title(Locale locale) {
                return id;
            }

            public int order() {
                return order;
            }

            public String requiredPermission() {
                return permission;
            }

            public Component createTab(ShellContext context, long customerId) {
                return new Label(id);
            }
        };
    }

    private static CustomerCardContribution card(String id, int order, String permission) {
        return new CustomerCardContribution() {
            public String id() {
                return id;
            }

            public String title(Locale locale) {
                return id;
            }

            public int order() {
                return order;
            }

            public String requiredPermission() {
                return permission;
            }

            public Component createCard(ShellContext context, long customerId) {
                return new Label(id);
            }
        };
    }

    @Test
    void tabsAreOrderedAndFilteredByPermissionAndComeAndGo() {
        CustomerExtensions extensions = new CustomerExtensions();
        CustomerTabContribution quotes = tab("quote.quotes", 500, "quote.view");
        extensions.addTab(quotes);
        extensions.addTab(tab("crm.timeline", 300, null));
        extensions.addTab(tab("crm.contacts", 100, "crm.contact.view"));

        assertThat(extensions.tabs(p -> true)).extracting(CustomerTabContribution::id)
                .containsExactly("crm.contacts", "crm.timeline", "quote.quotes");
        assertThat(extensions.tabs(Set.of("crm.contact.view")::contains)).extracting(CustomerTabContribution::id)
                .containsExactly("crm.contacts", "crm.timeline");

        extensions.removeTab(quotes);
        assertThat(extensions.tabs(p -> true)).extracting(CustomerTabContribution::id)
                .containsExactly("crm.contacts", "crm.timeline");
    }

    @Test
    void cardsLikewise() {
        CustomerExtensions extensions = new CustomerExtensions();
        extensions.addCard(card("receivable.open", 200, "finance.receivable.view"));
        extensions.addCard(card("crm.open-opportunities", 100, null));

        assertThat(extensions.cards(p -> true)).extracting(CustomerCardContribution::id)
                .containsExactly("crm.open-opportunities", "receivable.open");
        assertThat(extensions.cards(p -> false)).extracting(CustomerCardContribution::id)
                .containsExactly("crm.open-opportunities");
    }
}
