package org.atrium.platform.admin.internal.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import com.vaadin.ui.AbstractOrderedLayout;
import com.vaadin.ui.Label;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoProvider;
import org.atrium.shell.api.PortletSize;
import org.atrium.shell.api.ShellContext;
import org.junit.jupiter.api.Test;

class TodoPortletContributionTest {

    private static final UserContext USER = new UserContext(1, "a", "甲", 2, Locale.SIMPLIFIED_CHINESE);

    @Test
    void followsProvidersAsTheyComeAndGo() {
        TodoPortletContribution contribution = new TodoPortletContribution();
        TodoProvider provider = mock(TodoProvider.class);
        when(provider.id()).thenReturn("wf");
        when(provider.label(USER.locale())).thenReturn("待审批");
        when(provider.count(USER)).thenReturn(2);
        when(provider.items(USER, 5)).thenReturn(List.of());
        ShellContext context = mock(ShellContext.class);
        when(context.user()).thenReturn(USER);
        when(context.locale()).thenReturn(USER.locale());

        assertThat(String.join("\n", texts(contribution.createPortlet(context)))).contains("暂无待办");
        contribution.addProvider(provider);
        assertThat(String.join("\n", texts(contribution.createPortlet(context)))).contains("待审批（2）");
        contribution.removeProvider(provider);
        assertThat(String.join("\n", texts(contribution.createPortlet(context)))).contains("暂无待办");

        assertThat(contribution.id()).isEqualTo("platform.todo");
        assertThat(contribution.defaultSize()).isEqualTo(PortletSize.MEDIUM);
        assertThat(contribution.requiredPermission()).isNull();
        assertThat(contribution.title(Locale.ENGLISH)).isEqualTo("My to-dos");
    }

    private static List<String> texts(com.vaadin.ui.Component component) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        collect(component, out);
        return out;
    }

    private static void collect(com.vaadin.ui.Component component, List<String> out) {
        if (component instanceof Label label) {
            out.add(label.getValue());
        }
        if (component instanceof AbstractOrderedLayout layout) {
            layout.forEach(child -> collect(child, out));
        }
    }
}
