package org.atrium.platform.admin.internal.directory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserSummary;

/** The body of 「通讯录」: a search box and the first few matches with their contact data. */
final class DirectoryPortlet extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 6;

    private final Texts texts;
    private final transient UserDirectorySource source;
    private final VerticalLayout results = new VerticalLayout();

    DirectoryPortlet(Texts texts, UserDirectorySource source) {
        this.texts = texts;
        this.source = source;
        setMargin(false);
        results.setMargin(false);
        results.setSpacing(false);
        TextField search = new TextField();
        search.setPlaceholder(texts.get("directory.search"));
        search.setIcon(VaadinIcons.SEARCH);
        search.addStyleName(ValoTheme.TEXTFIELD_INLINE_ICON);
        search.setWidth("100%");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> show(e.getValue()));
        addComponents(search, results);
        show("");
    }

    private void show(String text) {
        results.removeAllComponents();
        if (text == null || text.isBlank()) {
            Label hint = new Label(texts.get("directory.hint"));
            hint.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
            results.addComponent(hint);
            return;
        }
        source.filter(text, null, false);
        List<UserSummary> found = source.fetch(0, SHOWN, List.of()).collect(Collectors.toList());
        if (found.isEmpty()) {
            Label none = new Label(texts.get("directory.none"));
            none.addStyleName(ValoTheme.LABEL_LIGHT);
            results.addComponent(none);
        }
        found.forEach(user -> results.addComponent(card(user)));
    }

    private VerticalLayout card(UserSummary user) {
        Label name = new Label(user.displayName());
        name.addStyleName(ValoTheme.LABEL_BOLD);
        Label post = new Label(join(" · ", user.unitName(), user.positionName()));
        post.addStyleName(ValoTheme.LABEL_SMALL);
        Label contact = new Label(join("  ", user.mobile(), user.email()));
        contact.addStyleNames(ValoTheme.LABEL_LIGHT, ValoTheme.LABEL_SMALL);
        VerticalLayout card = new VerticalLayout(name, post, contact);
        card.setMargin(false);
        card.setSpacing(false);
        return card;
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
    }
}
