package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.navigator.NavigationStateManager;
import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.UI;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.junit.jupiter.api.Test;

class PortalShellContextTest {

    /** Views created by the provider, with the parameter each was entered with. */
    private final List<String> entered = new ArrayList<>();

    private final UI ui = new UI() {
        @Override
        protected void init(VaadinRequest request) {
        }
    };

    private final PortalShellContext context = new PortalShellContext(ui, () -> mock(UserContext.class),
            mock(AccessService.class));

    PortalShellContextTest() {
        Navigator navigator = new Navigator(ui, new MemoryState(), new Navigator.ComponentContainerViewDisplay(new CssLayout()));
        navigator.addProvider(new ViewProvider() {
            @Override
            public String getViewName(String state) {
                return state.startsWith("crm/customer") ? "crm/customer" : null;
            }

            @Override
            public View getView(String viewName) {
                return new EnteredView();
            }
        });
    }

    @Test
    void navigateJoinsViewAndParameter() {
        context.navigate("crm/customer", "42");

        assertThat(entered).containsExactly("42");
        assertThat(ui.getNavigator().getState()).isEqualTo("crm/customer/42");
    }

    @Test
    void reloadViewBuildsTheCurrentViewAgainWithTheSameParameter() {
        context.navigate("crm/customer", "42");
        View first = ui.getNavigator().getCurrentView();

        context.reloadView();

        assertThat(entered).containsExactly("42", "42");
        assertThat(ui.getNavigator().getCurrentView()).isNotSameAs(first);
        assertThat(ui.getNavigator().getState()).isEqualTo("crm/customer/42");
    }

    private final class EnteredView extends CssLayout implements View {
        @Override
        public void enter(ViewChangeEvent event) {
            entered.add(event.getParameters());
        }
    }

    /** Keeps the navigation state in memory instead of the browser's URI fragment. */
    private static final class MemoryState implements NavigationStateManager {
        private String state = "";

        @Override
        public String getState() {
            return state;
        }

        @Override
        public void setState(String state) {
            this.state = state;
        }

        @Override
        public void setNavigator(Navigator navigator) {
        }
    }
}
