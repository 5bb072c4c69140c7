package org.atrium.platform.web.internal.shell;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;

/** Answers every address no contribution claims with the "module unavailable" page. */
final class ErrorViewProvider implements ViewProvider {

    private static final long serialVersionUID = 1L;

    private final transient ContributionViewProvider.MessageViews messages;

    ErrorViewProvider(ContributionViewProvider.MessageViews messages) {
        this.messages = messages;
    }

    @Override
    public String getViewName(String state) {
        return state;
    }

    @Override
    public View getView(String viewName) {
        return messages.create(MessageView.Reason.UNAVAILABLE);
    }
}
