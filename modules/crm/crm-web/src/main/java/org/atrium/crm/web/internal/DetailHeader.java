package org.atrium.crm.web.internal;

import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The heading of a detail page: a title and a wrapping row of "caption: value" facts. */
public final class DetailHeader extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final CssLayout facts = new CssLayout();

    public DetailHeader(String title) {
        setMargin(false);
        setSpacing(false);
        Label heading = new Label(title);
        heading.addStyleName(ValoTheme.LABEL_H2);
        heading.setWidth("100%");
        facts.setWidth("100%");
        addComponents(heading, facts);
    }

    /** Adds a fact unless the value is blank. */
    public DetailHeader fact(String caption, String value) {
        if (value != null && !value.isBlank()) {
            Label label = new Label(caption + "：" + value);
            label.addStyleName(ValoTheme.LABEL_SMALL);
            label.setWidthUndefined();
            label.addStyleName("crm-fact");
            facts.addComponent(label);
        }
        return this;
    }
}
