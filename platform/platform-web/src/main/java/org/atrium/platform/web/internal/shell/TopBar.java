package org.atrium.platform.web.internal.shell;

import java.util.List;
import java.util.Locale;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.event.ShortcutListener;
import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.Registration;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.MenuBar;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.web.internal.ShellServices;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.platform.web.internal.login.PasswordChangeForm;
import org.atrium.platform.web.internal.login.PasswordChangeLogic;

/** The top bar: menu toggle, group name, global search, to-do badge and the user menu. */
final class TopBar extends CssLayout {

    private static final long serialVersionUID = 1L;
    private static final int HITS_PER_PROVIDER = 5;
    private static final int TODOS_PER_PROVIDER = 10;

    private final transient ShellServices services;
    private final transient TopBarLogic logic;
    private final PortalShellContext context;
    private final ShellLayout.SessionActions actions;
    private final Button todo = new Button();
    private final TextField search = new TextField();
    private Window searchWindow;
    private Registration enterRegistration;

    TopBar(ShellServices services, PortalShellContext context, ShellLayout.SessionActions actions, Runnable toggleMenu) {
        this.services = services;
        this.logic = new TopBarLogic(services.registry());
        this.context = context;
        this.actions = actions;
        Locale locale = context.locale();
        addStyleName("atrium-topbar");

        Button menuToggle = new Button(VaadinIcons.MENU, event -> toggleMenu.run());
        menuToggle.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "atrium-menu-toggle");
        menuToggle.setDescription(ShellText.get(locale, "top.menu"));

        Label logo = new Label(VaadinIcons.OFFICE.getHtml(), com.vaadin.shared.ui.ContentMode.HTML);
        logo.addStyleName("atrium-logo");
        Label groupName = new Label(groupName());
        groupName.addStyleName("atrium-group-name");

        search.setPlaceholder(ShellText.get(locale, "top.search"));
        search.setIcon(VaadinIcons.SEARCH);
        search.addStyleName("atrium-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.addValueChangeListener(event -> showSearch(event.getValue()));
        ShortcutListener enter = new ShortcutListener("search", KeyCode.ENTER, null) {
            private static final long serialVersionUID = 1L;

            @Override
            public void handleAction(Object sender, Object target) {
                if (target == search) {
                    showSearch(search.getValue());
                }
            }
        };
        // only while the box has the focus: a UI-wide Enter shortcut would swallow Enter on the
        // navigation's and portlets' links
        search.addFocusListener(event -> {
            removeEnter();
            enterRegistration = search.addShortcutListener(enter);
        });
        search.addBlurListener(event -> removeEnter());

        todo.setIcon(VaadinIcons.BELL);
        todo.addStyleNames(ValoTheme.BUTTON_BORDERLESS, "atrium-todo");
        todo.setDescription(ShellText.get(locale, "top.todo"));
        todo.addClickListener(event -> showTodos());
        refreshTodoCount();

        CssLayout searchBox = new CssLayout(search);
        searchBox.addStyleName("atrium-search-box");
        addComponents(menuToggle, logo, groupName, searchBox, todo, userMenu(locale));
    }

    private void removeEnter() {
        if (enterRegistration != null) {
            enterRegistration.remove();
            enterRegistration = null;
        }
    }

    private String groupName() {
        try {
            return services.org().root().name();
        } catch (RuntimeException e) {
            return "Atrium";
        }
    }

    /** Updates the number on the to-do badge. */
    void refreshTodoCount() {
        int count = logic.todoCount(context.user());
        todo.setCaption(count > 0 ? Integer.toString(count) : null);
        if (count > 0) {
            todo.addStyleName("has-todos");
        } else {
            todo.removeStyleName("has-todos");
        }
    }

    private MenuBar userMenu(Locale locale) {
        UserContext user = context.user();
        MenuBar menu = new MenuBar();
        menu.addStyleNames(ValoTheme.MENUBAR_BORDERLESS, "atrium-user-menu");
        MenuBar.MenuItem root = menu.addItem(user.displayName(), VaadinIcons.USER, null);
        root.addItem(ShellText.get(locale, "menu.profile"), VaadinIcons.USER_CARD, item -> showProfile());
        MenuBar.MenuItem language = root.addItem(ShellText.get(locale, "menu.language"), VaadinIcons.GLOBE, null);
        language.addItem(ShellText.get(Messages.ZH_CN, "language.zh"), item -> actions.switchLanguage(Messages.ZH_CN));
        language.addItem(ShellText.get(Locale.ENGLISH, "language.en"), item -> actions.switchLanguage(Locale.ENGLISH));
        root.addItem(ShellText.get(locale, "menu.password"), VaadinIcons.KEY, item -> showPasswordChange());
        root.addSeparator();
        root.addItem(ShellText.get(locale, "menu.signOut"), VaadinIcons.SIGN_OUT, item -> actions.signOut());
        return menu;
    }

    private void showSearch(String text) {
        if (text == null || text.trim().length() < TopBarLogic.MIN_SEARCH_LENGTH) {
            return;
        }
        List<TopBarLogic.SearchGroup> groups = logic.search(context.user(), text, HITS_PER_PROVIDER);
        VerticalLayout body = new VerticalLayout();
        body.addStyleName("atrium-popup-list");
        if (groups.isEmpty()) {
            body.addComponent(new Label(ShellText.get(context.locale(), "search.none", text.trim())));
        }
        for (TopBarLogic.SearchGroup group : groups) {
            body.addComponent(heading(group.label()));
            for (SearchHit hit : group.hits()) {
                body.addComponent(link(hit.title(), hit.detail(), hit.viewId(), hit.parameter(), () -> searchWindow));
            }
        }
        if (searchWindow != null) {
            searchWindow.close();
        }
        searchWindow = popup(ShellText.get(context.locale(), "search.title"), body);
        searchWindow.addStyleName("atrium-search-results");
    }

    private void showTodos() {
        VerticalLayout body = new VerticalLayout();
        body.addStyleName("atrium-popup-list");
        List<TopBarLogic.TodoGroup> groups = logic.todos(context.user(), TODOS_PER_PROVIDER);
        if (groups.isEmpty()) {
            body.addComponent(new Label(ShellText.get(context.locale(), "todo.none")));
        }
        Window[] window = new Window[1];
        for (TopBarLogic.TodoGroup group : groups) {
            body.addComponent(heading(ShellText.get(context.locale(), "todo.group", group.label(), group.count())));
            for (TodoItem item : group.items()) {
                String detail = item.due() == null ? item.detail()
                        : ShellText.get(context.locale(), "todo.due", item.due().toString())
                                + (item.detail() == null ? "" : " · " + item.detail());
                body.addComponent(link(item.title(), detail, item.viewId(), item.parameter(), () -> window[0]));
            }
        }
        window[0] = popup(ShellText.get(context.locale(), "todo.title"), body);
        refreshTodoCount();
    }

    private void showProfile() {
        popup(ShellText.get(context.locale(), "profile.title"), new ProfilePanel(services.org(), context.user()));
    }

    private void showPasswordChange() {
        Window[] window = new Window[1];
        PasswordChangeForm form = new PasswordChangeForm(new PasswordChangeLogic(services.authentication()),
                context.user(), () -> {
                    window[0].close();
                    context.notify(ShellText.get(context.locale(), "password.changed"));
                });
        window[0] = popup(ShellText.get(context.locale(), "menu.password"), form);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.addStyleName("atrium-popup-heading");
        return label;
    }

    private Button link(String title, String detail, String viewId, String parameter,
            java.util.function.Supplier<Window> owner) {
        Button button = new Button(title);
        button.addStyleNames(ValoTheme.BUTTON_LINK, "atrium-popup-link");
        if (detail != null) {
            button.setDescription(detail);
        }
        button.addClickListener(event -> {
            Window window = owner.get();
            if (window != null) {
                window.close();
            }
            context.navigate(viewId, parameter);
        });
        return button;
    }

    private Window popup(String caption, com.vaadin.ui.Component body) {
        Window window = new Window(caption, body);
        window.addStyleName("atrium-popup");
        window.setWidth("420px");
        window.setResizable(false);
        window.setModal(true);
        window.setCloseShortcut(KeyCode.ESCAPE);
        window.center();
        context.ui().addWindow(window);
        window.focus();
        return window;
    }
}
