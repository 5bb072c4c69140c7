package org.atrium.shell.api.ui;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import com.vaadin.event.ShortcutAction;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * A modal form: the fields, a line for form-level errors, and save / cancel. Save runs the
 * action and closes the dialog only when it reports success, so field errors stay in view.
 */
public final class FormDialog extends Window {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final Label formError = new Label();
    private final FieldErrors errors = new FieldErrors(formError);
    private final VerticalLayout content = new VerticalLayout();
    private final HorizontalLayout buttons = new HorizontalLayout();

    /**
     * @param locale  the user's language, for the dialog's own buttons
     * @param caption the dialog's title
     * @param width   its width, e.g. {@code "560px"}
     */
    public FormDialog(Locale locale, String caption, String width) {
        super(caption);
        this.locale = locale;
        setModal(true);
        setWidth(width);
        formError.addStyleName(ValoTheme.LABEL_FAILURE);
        formError.setWidth("100%");
        content.setWidth("100%");
        content.addComponent(formError);
        setContent(content);
    }

    /** @return where service field errors are shown */
    public FieldErrors errors() {
        return errors;
    }

    /** Adds the form's body. */
    public FormDialog body(Component body) {
        content.addComponent(body);
        return this;
    }

    /** Adds a button left of cancel and save, e.g. "clear". */
    public FormDialog extra(Button button) {
        buttons.addComponent(button);
        return this;
    }

    /**
     * Adds cancel and save; save clears the errors, runs the action and closes on success.
     *
     * @param save returns whether saving succeeded
     */
    public FormDialog onSave(String caption, BooleanSupplier save) {
        Button cancel = new Button(UiTexts.get(locale, "common.cancel"), e -> close());
        Button ok = new Button(caption, e -> {
            errors.clear();
            if (save.getAsBoolean()) {
                close();
            }
        });
        ok.addStyleName(ValoTheme.BUTTON_PRIMARY);
        ok.setClickShortcut(ShortcutAction.KeyCode.ENTER);
        buttons.addComponents(cancel, ok);
        content.addComponent(buttons);
        content.setComponentAlignment(buttons, Alignment.BOTTOM_RIGHT);
        return this;
    }

    /** Shows the dialog. */
    public void open(UI ui) {
        ui.addWindow(this);
    }
}
