package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.customer.ServiceRelationship;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingRequestDraft;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.impl.internal.pool.CustomerPoolServiceImpl;
import org.atrium.crm.impl.internal.provider.SharingRequestsTodo;
import org.atrium.crm.impl.internal.sharing.SharingServiceImpl;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharingServiceTest {

    private static final String NAME = "华南物流有限公司";
    private static final String CODE = "914403001922038216";

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private SharingServiceImpl sharing;
    private SharingRequestsTodo todo;
    private long held;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        sharing = new SharingServiceImpl(db.store, world.access, world.audit, crm.customers);
        todo = new SharingRequestsTodo(db.store);
        held = crm.customers.create(B_REP, CustomerDraft.of(NAME, CustomerType.ENTERPRISE).withCreditCode(CODE)).id();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void duplicateHitThenRequestThenApprovalSharesTheCustomer() {
        assertThatThrownBy(() -> crm.customers.create(A_REP, CustomerDraft.of("华南物流（中国）有限公司", CustomerType.ENTERPRISE)))
                .isInstanceOf(DuplicateCustomerException.class);
        SharingRequest asked = sharing.request(A_REP, SharingRequestDraft.forMatch("华南物流（中国）有限公司", null, "华东仓储需要服务该客户"));
        // the requester learns no more than the duplicate warning told
        assertThat(asked.customerId()).isNull();
        assertThat(asked.customerName()).isNull();
        assertThat(asked.holderCompany()).isEqualTo("华南子公司");
        assertThat(asked.holderOwnerName()).isEqualTo("陈静");
        assertThat(asked.status()).isEqualTo(SharingStatus.PENDING);
        assertThat(asked.requesterUnitId()).isEqualTo(A_SALES);
        verify(world.audit).record(eq(A_REP), eq("crm.customer.sharing.request"), eq("crm.customer"),
                eq(String.valueOf(held)), anyString());

        assertThat(todo.count(B_REP)).isEqualTo(1);
        assertThat(todo.items(B_REP, 5)).singleElement().satisfies(i -> {
            assertThat(i.title()).contains(NAME);
            assertThat(i.parameter()).isEqualTo(String.valueOf(held));
        });
        assertThat(todo.count(A_REP)).isZero();
        assertThat(sharing.incoming(B_REP, true, PageRequest.first(10))).singleElement()
                .satisfies(r -> assertThat(r.customerName()).isEqualTo(NAME));
        assertThat(sharing.incoming(A_MANAGER, false, PageRequest.first(10))).isEmpty();

        // outsiders cannot decide; the requester cannot approve their own request
        assertThatThrownBy(() -> sharing.approve(A_MANAGER, asked.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.approve(A_REP, asked.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm.customers.get(A_REP, held)).isInstanceOf(NotFoundException.class);

        SharingRequest approved = sharing.approve(B_REP, asked.id(), "同意，华东仓储配合");
        assertThat(approved.status()).isEqualTo(SharingStatus.APPROVED);
        assertThat(crm.customers.serviceRelationships(B_REP, held)).extracting(ServiceRelationship::unitId)
                .containsExactly(A_SALES);
        assertThat(crm.customers.get(A_REP, held).name()).isEqualTo(NAME);
        assertThat(sharing.outgoing(A_REP, PageRequest.first(10))).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(SharingStatus.APPROVED);
            assertThat(r.customerId()).isEqualTo(held);
            assertThat(r.decisionNote()).isEqualTo("同意，华东仓储配合");
        });
        assertThat(todo.count(B_REP)).isZero();
        assertThatThrownBy(() -> sharing.decline(B_REP, asked.id(), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sharing.request(A_REP, SharingRequestDraft.forMatch(NAME, null, "再次申请")))
                .as("already served").isInstanceOf(ValidationException.class);
        verify(world.audit).record(eq(B_REP), eq("crm.customer.sharing.approve"), eq("crm.customer"),
                eq(String.valueOf(held)), anyString());
    }

    @Test
    void declineLeavesTheCustomerUnshared() {
        SharingRequest asked = sharing.request(A_REP, SharingRequestDraft.forMatch("别的名字", CODE.toLowerCase(), "同一信用代码"));
        assertThatThrownBy(() -> sharing.request(A_REP, SharingRequestDraft.forMatch(NAME, null, "重复")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("等待");
        SharingRequest declined = sharing.decline(B_MANAGER, asked.id(), "暂不共享");
        assertThat(declined.status()).isEqualTo(SharingStatus.DECLINED);
        assertThat(crm.customers.serviceRelationships(B_REP, held)).isEmpty();
        assertThat(sharing.outgoing(A_REP, PageRequest.first(10))).extracting(SharingRequest::customerId)
                .containsExactly((Long) null);
    }

    @Test
    void invalidRequests() {
        assertThatThrownBy(() -> sharing.request(A_REP, SharingRequestDraft.forMatch(NAME, null, " ")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sharing.request(A_REP, SharingRequestDraft.forMatch("完全不同的公司名称", null, "理由")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sharing.request(A_REP, new SharingRequestDraft(held, null, null, "理由")))
                .as("an id the caller does not see").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.request(NOBODY, SharingRequestDraft.forMatch(NAME, null, "理由")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.request(B_MANAGER, SharingRequestDraft.forMatch(NAME, null, "理由")))
                .as("own unit").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> sharing.approve(B_REP, 999_999, null)).isInstanceOf(NotFoundException.class);

        CustomerPoolServiceImpl pool = new CustomerPoolServiceImpl(db.store, world.access, world.audit, world.org,
                crm.customers, PoolServiceTest.config(30, 0));
        pool.releaseToPool(B_REP, held);
        assertThatThrownBy(() -> sharing.request(A_REP, SharingRequestDraft.forMatch(NAME, null, "理由")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("公海");
    }

    @Test
    void requestsOfOneCustomerForThoseWhoSeeIt() {
        long other = crm.customers.create(B_REP, CustomerDraft.of("华南冷链物流有限公司", CustomerType.ENTERPRISE)).id();
        SharingRequest asked = sharing.request(A_REP, SharingRequestDraft.forMatch(NAME, null, "华东仓储需要服务该客户"));
        sharing.request(A_MANAGER, SharingRequestDraft.forMatch("华南冷链物流有限公司", null, "冷链合作"));

        assertThat(sharing.forCustomer(B_REP, held, false, PageRequest.first(10))).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(asked.id());
            assertThat(r.customerId()).isEqualTo(held);
            assertThat(r.requesterName()).isEqualTo("李娜");
        });
        assertThat(sharing.forCustomer(B_MANAGER, other, true, PageRequest.first(10)))
                .extracting(SharingRequest::requesterUserId).containsExactly(A_MANAGER.userId());
        // the requester does not see the customer yet: nothing about it, not even their own request
        assertThatThrownBy(() -> sharing.forCustomer(A_REP, held, false, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.forCustomer(A_OWN, held, false, PageRequest.first(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.forCustomer(NOBODY, held, false, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);

        sharing.approve(B_REP, asked.id(), null);
        assertThat(sharing.forCustomer(B_REP, held, true, PageRequest.first(10))).isEmpty();
        // served now: A's sales department sees the customer and its (decided) request
        assertThat(sharing.forCustomer(A_REP, held, false, PageRequest.first(10))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(SharingStatus.APPROVED));
        assertThat(sharing.forCustomer(ADMIN, other, false, new PageRequest(1, 10, null, true))).isEmpty();
    }
}
