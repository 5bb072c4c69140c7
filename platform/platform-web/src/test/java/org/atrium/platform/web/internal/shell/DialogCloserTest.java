package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;
import org.junit.jupiter.api.Test;

class DialogCloserTest {

    private final UI ui = new UI() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void init(VaadinRequest request) {
        }
    };
    private final DialogCloser closer = new DialogCloser(ui);
    private final View from = new View() { };
    private final View to = new View() { };
    private final ViewChangeEvent event = new ViewChangeEvent(mock(Navigator.class), from, to, "crm.customers", "");

    @Test
    void dialogsOfTheViewLeftAreClosedOnceTheNewViewIsShown() {
        Window edit = new Window("编辑客户");
        Window confirm = new Window("确认");
        ui.addWindow(edit);
        ui.addWindow(confirm);

        assertThat(closer.beforeViewChange(event)).isTrue();
        assertThat(ui.getWindows()).hasSize(2);
        closer.afterViewChange(event);

        assertThat(ui.getWindows()).isEmpty();
    }

    @Test
    void aDialogTheNewViewOpensStaysOpen() {
        Window old = new Window("旧对话框");
        ui.addWindow(old);
        closer.beforeViewChange(event);
        Window opened = new Window("新视图的对话框");
        ui.addWindow(opened);
        closer.afterViewChange(event);

        assertThat(ui.getWindows()).containsExactly(opened);
    }

    @Test
    void aDialogThatClosedItselfMeanwhileIsNoProblem() {
        Window search = new Window("搜索");
        ui.addWindow(search);
        closer.beforeViewChange(event);
        search.close();
        closer.afterViewChange(event);

        assertThat(ui.getWindows()).isEmpty();
    }

    @Test
    void aRefusedNavigationClosesNothing() {
        Window kept = new Window("未保存的表单");
        ui.addWindow(kept);
        // another listener refuses: the navigator never calls afterViewChange
        closer.beforeViewChange(event);

        assertThat(ui.getWindows()).containsExactly(kept);
    }
}
