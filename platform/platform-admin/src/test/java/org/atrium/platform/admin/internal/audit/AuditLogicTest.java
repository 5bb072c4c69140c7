package org.atrium.platform.admin.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.atrium.platform.admin.internal.TestTexts;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditEntry;
import org.atrium.platform.api.audit.AuditQuery;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.Test;

class AuditLogicTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final UserContext ADMIN = new UserContext(1, "admin", "管理员", 1, Locale.SIMPLIFIED_CHINESE);

    private final AuditService audit = mock(AuditService.class);
    private final AuditLogic logic = new AuditLogic(audit, ADMIN, SHANGHAI);

    @Test
    void datesAreWholeDaysInTheServerZone() {
        AuditQuery query = logic.filter("  zhang ", "login.", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2));

        assertThat(query.text()).isEqualTo("zhang");
        assertThat(query.actionPrefix()).isEqualTo("login.");
        assertThat(query.from()).isEqualTo(Instant.parse("2025-02-28T16:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2025-03-02T16:00:00Z"));
    }

    @Test
    void emptyFiltersMeanAny() {
        assertThat(logic.filter(" ", null, null, null)).isEqualTo(new AuditQuery(null, null, null, null));
    }

    @Test
    void pagesGoToTheServiceWithTheFilterAndNoSort() {
        AuditQuery query = logic.filter("x", null, null, null);
        when(audit.search(ADMIN, query, new PageRequest(50, 50, null, true))).thenReturn(List.of(entry("d")));

        assertThat(logic.fetch(50, 50, List.of())).hasSize(1);
        verify(audit).search(eq(ADMIN), eq(query), eq(new PageRequest(50, 50, null, true)));
    }

    @Test
    void exportsTheFilteredLogAsCsv() {
        AuditQuery query = logic.filter(null, "role.", null, null);
        when(audit.count(ADMIN, query)).thenReturn(1);
        when(audit.search(eq(ADMIN), eq(query), any())).thenReturn(List.of(entry("授予, \"全集团\"")));

        byte[] csv = logic.exportCsv(TestTexts.chinese());
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("时间,操作人,操作,对象,详情,地址\r\n"
                + "2025-03-01 08:00:00,admin,role.update,role:7,\"授予, \"\"全集团\"\"\",127.0.0.1\r\n");
    }

    @Test
    void targetsShowTypeAndId() {
        assertThat(AuditLogic.target(entry("x"))).isEqualTo("role:7");
        assertThat(AuditLogic.target(new AuditEntry(1, Instant.EPOCH, null, "x", "login.failed", null, null, "", null)))
                .isEmpty();
        assertThat(AuditLogic.target(new AuditEntry(1, Instant.EPOCH, null, "x", "a", "user", null, "", null)))
                .isEqualTo("user");
    }

    @Test
    void everyOfferedActionPrefixHasALabel() {
        assertThat(AuditKeys.actionKeys()).containsExactly("audit.action.login", "audit.action.user",
                "audit.action.role", "audit.action.org", "audit.action.notice");
        AuditKeys.actionKeys().forEach(key -> assertThat(TestTexts.english().get(key)).isNotEqualTo(key));
    }

    private static AuditEntry entry(String detail) {
        return new AuditEntry(1, Instant.parse("2025-03-01T00:00:00Z"), 1L, "admin", "role.update", "role", "7",
                detail, "127.0.0.1");
    }
}
