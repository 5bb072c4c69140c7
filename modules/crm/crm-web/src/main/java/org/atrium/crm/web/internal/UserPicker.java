package org.atrium.crm.web.internal;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;

import com.vaadin.ui.ComboBox;

/** A combo box that finds users in the caller's directory scope as the user types. */
public final class UserPicker {

    private UserPicker() {
    }

    /** @return a lazy user combo box, captioned */
    public static ComboBox<UserSummary> create(String caption, UserService users, UserContext caller) {
        ComboBox<UserSummary> combo = new ComboBox<>(caption);
        combo.setItemCaptionGenerator(u -> u.unitName() == null ? u.displayName() : u.displayName() + "（" + u.unitName() + "）");
        combo.setDataProvider(
                (text, offset, limit) -> users.directory(caller, query(text),
                        new PageRequest(offset, Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)), "displayName", true))
                        .stream(),
                text -> users.countDirectory(caller, query(text)));
        combo.setWidth("100%");
        return combo;
    }

    private static UserQuery query(String text) {
        return new UserQuery(text == null || text.isBlank() ? null : text.strip(), null, false);
    }
}
