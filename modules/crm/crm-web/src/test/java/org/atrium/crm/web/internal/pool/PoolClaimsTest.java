package org.atrium.crm.web.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.web.internal.accounts.AccountTexts;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.Test;

class PoolClaimsTest {

    private static final UserContext REP = new UserContext(5, "zhangwei", "张伟", 3, Locale.SIMPLIFIED_CHINESE);
    private static final Instant T = Instant.parse("2025-03-01T02:00:00Z");
    private static final Customer CLAIMED = new Customer(42, "C2025000042", "上海华东钢铁贸易有限公司", null, null, null,
            null, null, CustomerType.ENTERPRISE, null, LifecycleStage.PROSPECT, null, null, 5, 3, null, List.of(), "x",
            T, T, 4);

    private final CustomerPoolService pool = mock(CustomerPoolService.class);
    private final PoolClaims claims = new PoolClaims(pool, AccountTexts.of(Locale.SIMPLIFIED_CHINESE));

    @Test
    void aSuccessfulClaimReturnsTheCustomer() {
        when(pool.claim(REP, 42)).thenReturn(CLAIMED);

        PoolClaims.Outcome outcome = claims.claim(REP, 42);

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.customer()).isEqualTo(CLAIMED);
        assertThat(outcome.error()).isNull();
    }

    @Test
    void theLimitAndTakenMessagesOfTheServiceAreShownAsTheyAre() {
        when(pool.claim(REP, 42)).thenThrow(new ValidationException("", "您负责的客户已达上限（50 个），不能再从公海领取。"));
        when(pool.claim(REP, 43)).thenThrow(new ValidationException("", "该客户已被他人领取。"));

        assertThat(claims.claim(REP, 42).error()).isEqualTo("您负责的客户已达上限（50 个），不能再从公海领取。");
        assertThat(claims.claim(REP, 43).error()).isEqualTo("该客户已被他人领取。");
        assertThat(claims.claim(REP, 43).ok()).isFalse();
    }

    @Test
    void aVanishedOrRefusedCustomerGetsItsOwnSentence() {
        when(pool.claim(any(), anyLong())).thenThrow(new NotFoundException("customer 42"));
        when(pool.releaseToPool(any(), anyLong())).thenThrow(new AccessDeniedException("crm.customer.edit", "denied"));

        assertThat(claims.claim(REP, 42).error()).isEqualTo("该客户已不在公海中（可能已被他人认领）。");
        assertThat(claims.release(REP, 42).error()).isEqualTo("您没有执行此操作的权限。");
    }

    @Test
    void aValidationWithoutMessageFallsBackToAGenericOne() {
        when(pool.releaseToPool(REP, 42)).thenThrow(new ValidationException("", ""));

        assertThat(claims.release(REP, 42).error()).isEqualTo("操作未能完成，请刷新后重试。");
    }
}
