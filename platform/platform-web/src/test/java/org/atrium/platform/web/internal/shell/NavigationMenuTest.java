package org.atrium.platform.web.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.icons.VaadinIcons;
import org.atrium.platform.web.internal.nav.NavigationModel;
import org.junit.jupiter.api.Test;

class NavigationMenuTest {

    private static final List<NavigationModel.Group> GROUPS = List.of(new NavigationModel.Group("office",
            "<b>办公</b>", null, List.of(new NavigationModel.Entry("office/directory", "通讯录", VaadinIcons.USERS),
                    new NavigationModel.Entry("x\"><script>", "<img src=x onerror=alert(1)>", null))));

    @Test
    void entriesAreLinksToTheirViewsWithEscapedText() {
        String html = NavigationMenu.html(GROUPS, "首页", "office/directory");
        assertThat(html).contains("href=\"#!\"", "href=\"#!office/directory\"", "&lt;b&gt;办公&lt;/b&gt;",
                "&lt;img src=x onerror=alert(1)&gt;", "href=\"#!x&quot;&gt;&lt;script&gt;\"")
                .doesNotContain("<img", "<script", "<b>");
    }

    @Test
    void onlyTheShownViewIsHighlighted() {
        String html = NavigationMenu.html(GROUPS, "首页", "office/directory");
        assertThat(html.split("selected", -1)).hasSize(2);
        assertThat(html).contains("atrium-nav-entry selected\" aria-current=\"page\" href=\"#!office/directory\"");
        assertThat(NavigationMenu.html(GROUPS, "首页", null)).doesNotContain("selected");
        assertThat(NavigationMenu.html(GROUPS, "首页", "")).contains("selected\" aria-current=\"page\" href=\"#!\"");
    }
}
