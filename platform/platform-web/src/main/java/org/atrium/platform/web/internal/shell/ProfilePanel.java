package org.atrium.platform.web.internal.shell;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Label;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.Position;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.web.internal.ShellText;

/** The signed-in user's name, login, company, unit and posts (primary and part-time). */
final class ProfilePanel extends FormLayout {

    private static final long serialVersionUID = 1L;

    ProfilePanel(OrgService org, UserContext user) {
        addStyleName("atrium-profile");
        field(user, "profile.name", user.displayName());
        field(user, "profile.login", user.login());
        org.unit(user.primaryUnitId()).ifPresent(unit -> {
            field(user, "profile.company", org.companyOf(unit.id()).name());
            field(user, "profile.unit", unit.name());
        });
        Map<Long, String> positions = org.positions().stream()
                .collect(Collectors.toMap(Position::id, Position::name, (a, b) -> a));
        Map<Long, String> units = org.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name, (a, b) -> a));
        Function<Post, String> describe = post -> units.getOrDefault(post.unitId(), "?")
                + (post.positionId() == null ? "" : " · " + positions.getOrDefault(post.positionId(), ""))
                + (post.primary() ? "" : " (" + ShellText.get(user.locale(), "profile.partTime") + ")");
        String posts = org.postsOf(user.userId()).stream().map(describe).collect(Collectors.joining("\n"));
        Label postsLabel = field(user, "profile.posts", posts);
        postsLabel.addStyleName("atrium-multiline");
    }

    private Label field(UserContext user, String key, String value) {
        Label label = new Label(value);
        label.setCaption(ShellText.get(user.locale(), key));
        addComponent(label);
        return label;
    }
}
