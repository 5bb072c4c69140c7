package org.atrium.crm.web.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertThat(Html.escape("<img src=x onerror=\"a('b')\">&"))
                .isEqualTo("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
        assertThat(Html.escape("上海华东钢铁贸易有限公司")).isEqualTo("上海华东钢铁贸易有限公司");
        assertThat(Html.escape(null)).isEmpty();
    }
}
