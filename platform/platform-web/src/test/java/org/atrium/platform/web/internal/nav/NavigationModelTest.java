package org.atrium.platform.web.internal.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.platform.web.internal.Fixtures.category;
import static org.atrium.platform.web.internal.Fixtures.view;

import java.util.List;
import java.util.Set;

import org.atrium.platform.api.i18n.Messages;
import org.atrium.shell.api.NavigationCategory;
import org.junit.jupiter.api.Test;

class NavigationModelTest {

    private final List<NavigationCategory> categories = List.of(category("home", 10), category("crm", 20),
            category("admin", 90));

    @Test
    void showsOnlyPermittedViewsAndHidesEmptyCategories() {
        Set<String> held = Set.of("crm.customer.view");
        List<NavigationModel.Group> groups = NavigationModel.build(categories, List.of(
                view("crm/customers", "crm", 10, "crm.customer.view"),
                view("crm/quotes", "crm", 20, "crm.quote.view"),
                view("admin/users", "admin", 10, "platform.user.manage"),
                view("home/notes", "home", 10, null)), held::contains, Messages.ZH_CN);

        assertThat(groups).extracting(NavigationModel.Group::id).containsExactly("home", "crm");
        assertThat(groups.get(1).entries()).extracting(NavigationModel.Entry::viewId).containsExactly("crm/customers");
        assertThat(groups.get(1).title()).isEqualTo("cat:crm");
    }

    @Test
    void leavesOutDetailPagesAndKeepsViewsOfUnknownCategories() {
        List<NavigationModel.Group> groups = NavigationModel.build(categories, List.of(
                view("crm/customer", "crm", 10, null, false),
                view("vendor/page", "vendor", 10, null)), p -> true, Messages.ZH_CN);

        assertThat(groups).extracting(NavigationModel.Group::id).containsExactly("vendor");
        assertThat(groups.get(0).entries()).extracting(NavigationModel.Entry::viewId).containsExactly("vendor/page");
    }

    @Test
    void blankPermissionMeansEveryone() {
        assertThat(NavigationModel.isVisible(null, p -> false)).isTrue();
        assertThat(NavigationModel.isVisible(" ", p -> false)).isTrue();
        assertThat(NavigationModel.isVisible("x", p -> false)).isFalse();
    }
}
