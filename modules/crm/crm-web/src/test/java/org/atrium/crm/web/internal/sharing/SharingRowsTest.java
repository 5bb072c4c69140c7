package org.atrium.crm.web.internal.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.junit.jupiter.api.Test;

class SharingRowsTest {

    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");

    private static SharingRequest request(long id, Long customerId, SharingStatus status) {
        return new SharingRequest(id, customerId, customerId == null ? null : "客户" + customerId, "华东销售公司", "张伟",
                9, "李娜", 12, "华南区也在服务该客户", status, null, T, null);
    }

    @Test
    void onlyPendingRequestsOfTheCustomerAreShownOnIts360() {
        List<SharingRequest> incoming = List.of(request(1, 42L, SharingStatus.PENDING),
                request(2, 42L, SharingStatus.APPROVED), request(3, 43L, SharingStatus.PENDING),
                request(4, null, SharingStatus.PENDING));

        assertThat(SharingRows.pendingFor(incoming, 42)).extracting(SharingRequest::id).containsExactly(1L);
    }

    @Test
    void statusesAreLocalised() {
        assertThat(SharingRows.status(AccountTexts.of(Locale.SIMPLIFIED_CHINESE), SharingStatus.DECLINED))
                .isEqualTo("已拒绝");
        assertThat(SharingRows.status(AccountTexts.of(Locale.ENGLISH), SharingStatus.PENDING)).isEqualTo("Pending");
    }
}
