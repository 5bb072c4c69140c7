package org.atrium.platform.web.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.platform.web.internal.Fixtures.category;
import static org.atrium.platform.web.internal.Fixtures.portlet;
import static org.atrium.platform.web.internal.Fixtures.view;

import java.util.concurrent.atomic.AtomicInteger;

import org.atrium.shell.api.NavigationCategory;
import org.atrium.shell.api.PortletContribution;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ViewContribution;
import org.junit.jupiter.api.Test;

class ContributionRegistryTest {

    private final ContributionRegistry registry = new ContributionRegistry();

    @Test
    void sortsViewsByOrderThenId() {
        registry.addView(view("crm/b", "crm", 20, null));
        registry.addView(view("crm/c", "crm", 10, null));
        registry.addView(view("crm/a", "crm", 20, null));

        assertThat(registry.views()).extracting(ViewContribution::id).containsExactly("crm/c", "crm/a", "crm/b");
    }

    @Test
    void sortsCategoriesAndPortlets() {
        registry.addCategory(category("admin", 90));
        registry.addCategory(category("home", 10));
        registry.addPortlet(portlet("late", PortletSize.SMALL, 500, null));
        registry.addPortlet(portlet("early", PortletSize.SMALL, 5, null));

        assertThat(registry.categories()).extracting(NavigationCategory::id).containsExactly("home", "admin");
        assertThat(registry.portlets()).extracting(PortletContribution::id).containsExactly("early", "late");
    }

    @Test
    void removingTakesExactlyThatServiceAway() {
        ViewContribution first = view("crm/a", "crm", 10, null);
        ViewContribution sameIdNewBundle = view("crm/a", "crm", 10, null);
        registry.addView(first);
        registry.addView(sameIdNewBundle);

        registry.removeView(first);

        assertThat(registry.views()).containsExactly(sameIdNewBundle);
    }

    @Test
    void tellsListenersAboutChangesUntilRemoved() {
        AtomicInteger calls = new AtomicInteger();
        Runnable listener = calls::incrementAndGet;
        registry.addListener(listener);
        ViewContribution view = view("crm/a", "crm", 10, null);

        registry.addView(view);
        registry.removeView(view);
        registry.removeView(view); // not registered any more: no change, no call
        registry.removeListener(listener);
        registry.addView(view);

        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        AtomicInteger calls = new AtomicInteger();
        registry.addListener(() -> {
            throw new IllegalStateException("detached UI");
        });
        registry.addListener(calls::incrementAndGet);

        registry.addPortlet(portlet("p", PortletSize.SMALL, 1, null));

        assertThat(calls).hasValue(1);
    }
}
