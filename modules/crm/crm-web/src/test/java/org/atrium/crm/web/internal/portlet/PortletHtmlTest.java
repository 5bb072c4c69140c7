package org.atrium.crm.web.internal.portlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortletHtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(PortletHtml.escape("<img src=x onerror=\"alert('x')\">&amp;"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;");
    }

    @Test
    void keepsPlainTextAndChinese() {
        assertThat(PortletHtml.escape("通讯录 · office/directory")).isEqualTo("通讯录 · office/directory");
        assertThat(PortletHtml.escape(null)).isEmpty();
    }

    @Test
    void viewLinksAreEscapedFragmentLinks() {
        assertThat(PortletHtml.viewLink("crm/customer", "12", "<b>甲</b>", "a\"b"))
                .contains("href=\"#!crm/customer/12\"", "title=\"a&quot;b\"", "&lt;b&gt;甲&lt;/b&gt;")
                .doesNotContain("<b>");
        assertThat(PortletHtml.viewLink("x\" onclick=\"y", null, "t", null))
                .contains("href=\"#!x&quot; onclick=&quot;y\"").doesNotContain("title=", "onclick=\"");
    }
}
