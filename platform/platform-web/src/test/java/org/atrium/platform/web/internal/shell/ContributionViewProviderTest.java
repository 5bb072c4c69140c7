package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.platform.web.internal.Fixtures.view;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.navigator.View;
import org.atrium.platform.web.internal.registry.ContributionRegistry;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

class ContributionViewProviderTest {

    private final ContributionRegistry registry = new ContributionRegistry();
    private final ShellContext context = mock(ShellContext.class);
    private final View dashboard = mock(View.class);
    private final List<MessageView.Reason> shown = new ArrayList<>();
    private final ContributionViewProvider provider = new ContributionViewProvider(registry, context, () -> dashboard,
            reason -> {
                shown.add(reason);
                return mock(View.class);
            });

    @Test
    void theLongestRegisteredIdWinsAndTheRestIsTheParameter() {
        registry.addView(view("crm", "crm", 1, null));
        registry.addView(view("crm/customers", "crm", 2, null));

        assertThat(provider.getViewName("crm/customers/42")).isEqualTo("crm/customers");
        assertThat(provider.getViewName("crm/customers")).isEqualTo("crm/customers");
        assertThat(provider.getViewName("crm/customersX")).isEqualTo("crm");
        assertThat(provider.getViewName("")).isEmpty();
        assertThat(provider.getViewName("hr/leave")).isNull();
    }

    @Test
    void theEmptyStateIsTheDashboard() {
        assertThat(provider.getView("")).isSameAs(dashboard);
    }

    @Test
    void aViewWithoutThePermissionIsReplacedByTheDeniedPage() {
        registry.addView(view("admin/users", "admin", 1, "platform.user.manage"));
        when(context.isPermitted("platform.user.manage")).thenReturn(false);

        provider.getView("admin/users");

        assertThat(shown).containsExactly(MessageView.Reason.DENIED);
    }

    @Test
    void aViewThatFailsToOpenOrIsGoneGivesAFriendlyPage() {
        registry.addView(view("crm/broken", "crm", 1, null)); // its factory throws

        provider.getView("crm/broken");
        provider.getView("crm/removed");

        assertThat(shown).containsExactly(MessageView.Reason.FAILED, MessageView.Reason.UNAVAILABLE);
    }
}
