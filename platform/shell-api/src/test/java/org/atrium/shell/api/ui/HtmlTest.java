package org.atrium.shell.api.ui;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<img src=x onerror=\"alert('x')\">&amp;"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;amp;");
    }

    @Test
    void keepsPlainTextAndChinese() {
        assertThat(Html.escape("通讯录 · office/directory")).isEqualTo("通讯录 · office/directory");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void viewLinksAreEscapedFragmentLinks() {
        assertThat(Html.viewLink("crm/customer", "12", "<b>甲</b>", "a\"b"))
                .contains("href=\"#!crm/customer/12\"", "title=\"a&quot;b\"", "&lt;b&gt;甲&lt;/b&gt;")
                .doesNotContain("<b>");
        assertThat(Html.viewLink("x\" onclick=\"y", null, "t", null))
                .contains("href=\"#!x&quot; onclick=&quot;y\"").doesNotContain("title=", "onclick=\"");
    }
}
