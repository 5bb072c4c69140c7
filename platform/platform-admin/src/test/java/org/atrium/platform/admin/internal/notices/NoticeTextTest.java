package org.atrium.platform.admin.internal.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class NoticeTextTest {

    @Test
    void escapesMarkupAndKeepsLineBreaks() {
        assertThat(NoticeText.bodyHtml("<script>alert('x')</script>\r\n第二行 & \"引号\"\n"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>第二行 &amp; &quot;引号&quot;<br>");
        assertThat(NoticeText.bodyHtml(null)).isEmpty();
    }

    @Test
    void formatsTheDateInTheGivenZone() {
        assertThat(NoticeText.dateTime(Instant.parse("2025-03-01T01:30:00Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2025-03-01 09:30");
        assertThat(NoticeText.dateTime(null, ZoneId.of("UTC"))).isEmpty();
    }
}
