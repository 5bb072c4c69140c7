package org.atrium.platform.web.internal;

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
}
