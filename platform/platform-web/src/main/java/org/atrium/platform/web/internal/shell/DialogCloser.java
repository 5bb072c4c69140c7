package org.atrium.platform.web.internal.shell;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.navigator.ViewChangeListener;
import com.vaadin.ui.UI;
import com.vaadin.ui.Window;

/**
 * Closes the dialogs (sub-windows) that were open when the user went to another view: they
 * belong to the view that was left and would otherwise float over the new one. Dialogs the new
 * view opens while it is entered stay open, and nothing closes when the navigation is refused.
 */
final class DialogCloser implements ViewChangeListener {

    private static final long serialVersionUID = 1L;

    private final UI ui;
    private List<Window> openWhenLeaving = List.of();

    DialogCloser(UI ui) {
        this.ui = ui;
    }

    @Override
    public boolean beforeViewChange(ViewChangeEvent event) {
        openWhenLeaving = new ArrayList<>(ui.getWindows());
        return true;
    }

    @Override
    public void afterViewChange(ViewChangeEvent event) {
        List<Window> toClose = openWhenLeaving;
        openWhenLeaving = List.of();
        // close() is a no-op for a window that already closed itself
        toClose.forEach(Window::close);
    }
}
