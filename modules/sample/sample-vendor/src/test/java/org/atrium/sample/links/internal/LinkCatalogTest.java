package org.atrium.sample.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LinkCatalogTest {

    @Test
    void parsesPortalAndExternalLinks() {
        LinkCatalog catalog = LinkCatalog.parse(new String[] {
            "通讯录|Directory|#!office/directory", "集团官网|Group site|https://example.com/"});

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.links()).hasSize(2);
        QuickLink directory = catalog.links().get(0);
        assertThat(directory.isPortalView()).isTrue();
        assertThat(directory.viewPath()).isEqualTo("office/directory");
        assertThat(directory.label(Locale.ENGLISH)).isEqualTo("Directory");
        assertThat(directory.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("通讯录");
        assertThat(catalog.links().get(1).isPortalView()).isFalse();
    }

    @Test
    void refusesScriptUrlsAndMalformedEntries() {
        LinkCatalog catalog = LinkCatalog.parse(new String[] {
            "坏链接|Bad|javascript:alert(1)", "只有名字", "|Empty|#!home", "空|Empty|https://"});

        assertThat(catalog.links()).isEmpty();
        assertThat(catalog.problems()).hasSize(4);
    }

    @Test
    void searchMatchesEitherLanguageCaseInsensitively() {
        LinkCatalog catalog = LinkCatalog.parse(new String[] {
            "通讯录|Directory|#!office/directory", "公告|Announcements|#!office/notices"});

        assertThat(catalog.search("direct", 10)).extracting(QuickLink::chineseLabel).containsExactly("通讯录");
        assertThat(catalog.search("公告", 10)).extracting(QuickLink::englishLabel).containsExactly("Announcements");
        assertThat(catalog.search("  ", 10)).isEmpty();
        assertThat(catalog.search("o", 1)).hasSize(1);
    }

    @Test
    void nullConfigurationIsAnEmptyCatalog() {
        assertThat(LinkCatalog.parse(null).links()).isEmpty();
    }
}
