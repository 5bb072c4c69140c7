package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.Owner;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

    private static final String HUAWEI_CODE = "914403001922038216";

    private CrmTestDatabase db;
    private TestWorld world;
    private CustomerServiceImpl customers;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        customers = new CustomerServiceImpl(db.store, world.access, world.audit, world.org, world.users, config());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Customer create(org.atrium.platform.api.identity.UserContext who, String name) {
        return customers.create(who, CustomerDraft.of(name, CustomerType.ENTERPRISE));
    }

    @Test
    void createGeneratesSequentialCodesAndDerivedKeys() {
        Customer first = create(A_REP, "上海华东钢铁贸易有限公司");
        Customer second = create(B_REP, "广州南方物流有限公司");
        String year = String.valueOf(Year.now().getValue());
        assertThat(first.code()).isEqualTo("C" + year + "000001");
        assertThat(second.code()).isEqualTo("C" + year + "000002");
        assertThat(first.lifecycle()).isEqualTo(LifecycleStage.IDENTIFYING);
        assertThat(first.ownerUserId()).isEqualTo(A_REP.userId());
        assertThat(first.ownerUnitId()).isEqualTo(A_SALES);
        assertThat(first.pinyinInitials()).isEqualTo("shhdgtmy");
        verify(world.audit).record(eq(A_REP), eq("crm.customer.create"), eq("crm.customer"), anyString(), anyString());
    }

    @Test
    void invalidInputIsRejectedWithLocalisedFieldMessagesAndNothingWritten() {
        CustomerDraft bad = new CustomerDraft("华", null, "914403001922038217", null, null, null, null, null, null,
                null, null, null);
        assertThatThrownBy(() -> customers.create(A_REP.withLocale(Locale.ENGLISH), bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.getFieldErrors()).containsOnlyKeys("name", "creditCode", "type");
                    assertThat(e.getFieldErrors().get("creditCode")).contains("unified social credit code");
                });
        assertThatThrownBy(() -> customers.create(A_REP, bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getFieldErrors().get("creditCode")).contains("统一社会信用代码"));
        assertThat(customers.count(ADMIN, CustomerFilter.all())).isZero();
        verify(world.audit, never()).record(org.mockito.ArgumentMatchers.any(), anyString(), anyString(), anyString(),
                anyString());
    }

    @Test
    void duplicateAcrossTheGroupRevealsOnlyTheHolder() {
        customers.create(B_REP, CustomerDraft.of("华为技术有限公司", CustomerType.ENTERPRISE).withCreditCode(HUAWEI_CODE));

        List<DuplicateMatch> byCode = customers.checkDuplicates(A_REP, "完全不同", HUAWEI_CODE.toLowerCase(), null);
        assertThat(byCode).singleElement().satisfies(m -> {
            assertThat(m.reason()).isEqualTo(DuplicateReason.CREDIT_CODE);
            assertThat(m.holderCompany()).isEqualTo("华南子公司");
            assertThat(m.holderOwnerName()).isEqualTo("陈静");
            assertThat(m.customerId()).isNull();
            assertThat(m.customerName()).isNull();
        });
        // the holder's own unit sees the record behind the match
        assertThat(customers.checkDuplicates(B_MANAGER, "华为技术股份有限公司", null, null))
                .singleElement().satisfies(m -> {
                    assertThat(m.reason()).isEqualTo(DuplicateReason.SAME_NAME);
                    assertThat(m.customerName()).isEqualTo("华为技术有限公司");
                });

        assertThatThrownBy(() -> create(A_REP, "华为技术（中国）有限公司"))
                .isInstanceOfSatisfying(DuplicateCustomerException.class, e -> {
                    assertThat(e.getFieldErrors()).containsKey("name");
                    assertThat(e.getMessage()).contains("华南子公司").contains("陈静");
                });
        assertThat(customers.count(ADMIN, CustomerFilter.all())).isEqualTo(1);

        // a similar name is reported but does not block
        assertThat(customers.checkDuplicates(A_REP, "深圳华为技术有限公司", null, null))
                .extracting(DuplicateMatch::reason).containsExactly(DuplicateReason.SIMILAR_NAME);
        create(A_REP, "深圳华为技术有限公司");
    }

    @Test
    void searchFindsByNamePrefixCodeCreditCodeAndPinyinInitials() {
        Customer steel = customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE)
                .withCreditCode(HUAWEI_CODE));
        create(A_REP, "西北物流有限公司");
        for (String text : List.of("华东", "hdgt", "HDG", steel.code(), HUAWEI_CODE)) {
            assertThat(customers.search(A_REP, CustomerFilter.text(text), PageRequest.first(10)))
                    .as(text).extracting(Customer::id).containsExactly(steel.id());
        }
        assertThat(customers.search(A_REP, CustomerFilter.text("%"), PageRequest.first(10))).isEmpty();
        assertThat(customers.search(A_REP, CustomerFilter.all(), new PageRequest(0, 10, "name", true)))
                .extracting(Customer::name).containsExactly("华东钢铁贸易有限公司", "西北物流有限公司");
    }

    @Test
    void subsidiaryScopeIsolatesCustomers() {
        Customer a = create(A_REP, "华东钢铁贸易有限公司");
        Customer b = create(B_REP, "华南物流有限公司");

        assertThat(customers.search(A_MANAGER, CustomerFilter.all(), PageRequest.first(10)))
                .extracting(Customer::id).containsExactly(a.id());
        assertThat(customers.count(B_MANAGER, CustomerFilter.all())).isEqualTo(1);
        assertThat(customers.count(ADMIN, CustomerFilter.all())).isEqualTo(2);
        assertThatThrownBy(() -> customers.get(A_MANAGER, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.getByCode(A_MANAGER, b.code())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.update(A_MANAGER, b.id(), CustomerDraft.of("改名", CustomerType.OTHER), b.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.delete(A_MANAGER, b.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.assign(A_MANAGER, b.id(), new Owner(A_REP.userId(), A_SALES)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.create(A_MANAGER, CustomerDraft.of("新客户甲", CustomerType.OTHER),
                new Owner(B_REP.userId(), B_SALES))).isInstanceOf(AccessDeniedException.class);
        assertThat(customers.get(B_MANAGER, b.id()).name()).isEqualTo("华南物流有限公司");
        assertThatThrownBy(() -> customers.search(NOBODY, CustomerFilter.all(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ownRecordsScopeSeesOnlyOwnCustomers() {
        Customer mine = create(A_OWN, "王芳的客户有限公司");
        create(A_REP, "李娜的客户有限公司");
        assertThat(customers.search(A_OWN, CustomerFilter.all(), PageRequest.first(10)))
                .extracting(Customer::id).containsExactly(mine.id());
    }

    @Test
    void servingUnitSeesButDoesNotEdit() {
        Customer a = create(A_REP, "华东钢铁贸易有限公司");
        assertThatThrownBy(() -> customers.get(B_REP, a.id())).isInstanceOf(NotFoundException.class);
        customers.addServiceRelationship(A_MANAGER, a.id(), B_SALES, "华南区物流服务");

        assertThat(customers.get(B_REP, a.id()).id()).isEqualTo(a.id());
        assertThat(customers.search(B_REP, CustomerFilter.all(), PageRequest.first(10))).hasSize(1);
        assertThat(customers.serviceRelationships(B_REP, a.id())).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("华南区物流服务"));
        assertThatThrownBy(() -> customers.update(B_REP, a.id(), CustomerDraft.of("改名有限公司", CustomerType.OTHER),
                a.version())).isInstanceOf(AccessDeniedException.class);

        customers.removeServiceRelationship(A_MANAGER, a.id(), B_SALES);
        assertThatThrownBy(() -> customers.get(B_REP, a.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateDetectsConcurrentChanges() {
        Customer a = create(A_REP, "华东钢铁贸易有限公司");
        Customer changed = customers.update(A_MANAGER, a.id(),
                CustomerDraft.of("华东钢铁集团有限公司", CustomerType.ENTERPRISE), a.version());
        assertThat(changed.name()).isEqualTo("华东钢铁集团有限公司");
        assertThat(changed.version()).isGreaterThan(a.version());
        assertThatThrownBy(() -> customers.update(A_REP, a.id(), CustomerDraft.of("别的名字有限公司", CustomerType.OTHER),
                a.version())).isInstanceOf(ValidationException.class);
        assertThat(customers.get(A_REP, a.id()).name()).isEqualTo("华东钢铁集团有限公司");
    }

    @Test
    void handOverMovesOnlyRecordsInsideTheCallersScope() {
        create(A_REP, "客户一有限公司");
        create(A_REP, "客户二有限公司");
        // a record of the same user that lies in B (e.g. from a former post there)
        customers.create(ADMIN, CustomerDraft.of("客户三有限公司", CustomerType.OTHER), new Owner(A_REP.userId(), B_SALES));

        var result = customers.handOver(A_MANAGER, A_REP.userId(), A_MANAGER.userId());

        assertThat(result.customers()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(customers.count(ADMIN, new CustomerFilter(null, null, null, null, null, null, A_MANAGER.userId(),
                null, false))).isEqualTo(2);
        assertThatThrownBy(() -> customers.handOver(A_MANAGER, A_REP.userId(), B_REP.userId()))
                .isInstanceOf(ValidationException.class);
        verify(world.audit).record(eq(A_MANAGER), eq("crm.handover"), eq("user"), eq("101"), anyString());
    }

    @Test
    void mergeKeepsTheOldCodeAsAliasAndTakesChosenFields() {
        Customer survivor = create(A_REP, "华东钢铁贸易有限公司");
        Customer duplicate = customers.create(ADMIN, CustomerDraft.of("华东钢铁贸易发展有限公司", CustomerType.DISTRIBUTOR)
                .withCreditCode(HUAWEI_CODE), new Owner(B_REP.userId(), B_SALES));

        assertThatThrownBy(() -> customers.merge(A_MANAGER, survivor.id(), duplicate.id(), Set.of()))
                .isInstanceOf(NotFoundException.class);
        Customer merged = customers.merge(ADMIN, survivor.id(), duplicate.id(),
                Set.of(CustomerField.CREDIT_CODE, CustomerField.TYPE));

        assertThat(merged.creditCode()).isEqualTo(HUAWEI_CODE);
        assertThat(merged.type()).isEqualTo(CustomerType.DISTRIBUTOR);
        assertThat(merged.name()).isEqualTo("华东钢铁贸易有限公司");
        assertThat(merged.aliases()).containsExactly(duplicate.code());
        assertThat(customers.getByCode(A_REP, duplicate.code()).id()).isEqualTo(survivor.id());
        assertThat(customers.search(A_REP, CustomerFilter.text(duplicate.code()), PageRequest.first(5))).hasSize(1);
        assertThatThrownBy(() -> customers.get(ADMIN, duplicate.id())).isInstanceOf(NotFoundException.class);
    }
}
