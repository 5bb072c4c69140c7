package org.atrium.platform.web.internal.dashboard;

import java.util.List;
import java.util.Locale;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.portal.LayoutScope;
import org.atrium.platform.api.portal.PortletPlacement;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.web.internal.ShellServices;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.shell.api.ShellContext;

/** Lets an admin with {@code platform.portal.manage} save the current dashboard as a default. */
final class SaveDefaultWindow extends Window {

    private static final long serialVersionUID = 1L;

    private enum Target { GROUP, COMPANY, ROLE }

    SaveDefaultWindow(ShellServices services, ShellContext context, List<PortletPlacement> placements) {
        Locale locale = context.locale();
        setCaption(ShellText.get(locale, "dashboard.saveDefault"));
        setModal(true);
        setResizable(false);
        setWidth("420px");
        setCloseShortcut(KeyCode.ESCAPE);

        RadioButtonGroup<Target> target = new RadioButtonGroup<>(ShellText.get(locale, "layout.scope"));
        target.setItems(Target.values());
        target.setItemCaptionGenerator(t -> ShellText.get(locale, "layout.scope." + t.name().toLowerCase(Locale.ROOT)));
        target.setValue(Target.GROUP);

        ComboBox<OrgUnit> company = new ComboBox<>(ShellText.get(locale, "layout.company"));
        company.setItems(services.org().all().stream().filter(u -> u.type().isCompany()).toList());
        company.setItemCaptionGenerator(OrgUnit::name);
        company.setWidthFull();
        ComboBox<Role> role = new ComboBox<>(ShellText.get(locale, "layout.role"));
        role.setItems(services.roles().roles());
        role.setItemCaptionGenerator(Role::name);
        role.setWidthFull();
        company.setVisible(false);
        role.setVisible(false);
        target.addValueChangeListener(event -> {
            company.setVisible(event.getValue() == Target.COMPANY);
            role.setVisible(event.getValue() == Target.ROLE);
        });

        Button save = new Button(ShellText.get(locale, "layout.save"));
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        save.setClickShortcut(KeyCode.ENTER);
        save.addClickListener(event -> {
            LayoutScope scope = switch (target.getValue()) {
                case GROUP -> LayoutScope.groupDefault();
                case COMPANY -> company.getValue() == null ? null : new LayoutScope(null, company.getValue().id());
                case ROLE -> role.getValue() == null ? null : new LayoutScope(role.getValue().id(), null);
            };
            if (scope == null) {
                context.notify(ShellText.get(locale, "layout.chooseTarget"));
                return;
            }
            try {
                services.layouts().saveDefaultLayout(context.user(), scope, placements);
                close();
                context.notify(ShellText.get(locale, "layout.saved"));
            } catch (ValidationException | AccessDeniedException e) {
                context.showError(e.getMessage());
            }
        });
        FormLayout form = new FormLayout(target, company, role, save);
        form.setMargin(true);
        setContent(form);
        center();
    }
}
