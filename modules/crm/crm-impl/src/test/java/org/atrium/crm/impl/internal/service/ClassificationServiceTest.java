package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.customer.Classification;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationDraft;
import org.atrium.crm.api.customer.ClassificationDraft.ValueDraft;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.impl.internal.transfer.ExportServiceImpl;
import org.atrium.crm.impl.internal.transfer.XlsxTestReader;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customer classification dimensions (客户分类) end to end over the real changelog and mappings: the
 * admin's dimensions, customers' values, the list filter, merge, export, and stable paging of the list.
 */
class ClassificationServiceTest {

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;

    CrmTestDatabase database() throws Exception {
        return new CrmTestDatabase();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = database();
        world = new TestWorld();
        crm = new CrmServices(db, world);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ClassificationDimension scale() {
        return crm.classifications.define(ADMIN, new ClassificationDraft("scale", "客户规模",
                List.of(new ValueDraft("large", "大型企业"), new ValueDraft("MEDIUM", "中型企业"),
                        new ValueDraft("SMALL", "小微企业"))));
    }

    private ClassificationDimension mode() {
        return crm.classifications.define(ADMIN, new ClassificationDraft("MODE", "合作模式",
                List.of(new ValueDraft("DIRECT", "直销"), new ValueDraft("DISTRIBUTION", "经销代理"))));
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private Customer customer(UserContextHolder who, String name, String city, Map<String, String> classes) {
        return crm.customers.create(who.user, CustomerDraft.of(name, CustomerType.ENTERPRISE)
                .withRegion("江苏省", city).withClassifications(classes));
    }

    /** Keeps the call sites short: {@code as(A_REP)}. */
    private record UserContextHolder(org.atrium.platform.api.identity.UserContext user) {
    }

    private static UserContextHolder as(org.atrium.platform.api.identity.UserContext user) {
        return new UserContextHolder(user);
    }

    @Test
    void anAdminDefinesEditsAndDeactivatesDimensionsAndValues() {
        ClassificationDimension s = scale();
        assertThat(s.code()).isEqualTo("SCALE");
        assertThat(s.values()).extracting(ClassificationValue::code).containsExactly("LARGE", "MEDIUM", "SMALL");
        mode();
        assertThat(crm.classifications.dimensions(A_REP)).extracting(ClassificationDimension::name)
                .containsExactly("客户规模", "合作模式");

        ClassificationDimension edited = crm.classifications.edit(ADMIN, "scale", new ClassificationDraft(null,
                "企业规模", List.of(new ValueDraft("SMALL", "小微"), new ValueDraft("LARGE", "大型企业"),
                        new ValueDraft("MEDIUM", "中型企业"), new ValueDraft("HUGE", "特大型企业"))), s.version());
        assertThat(edited.name()).isEqualTo("企业规模");
        assertThat(edited.values()).extracting(ClassificationValue::code).containsExactly("SMALL", "LARGE", "MEDIUM",
                "HUGE");
        assertThat(edited.value("SMALL").name()).isEqualTo("小微");
        assertThatThrownBy(() -> crm.classifications.edit(ADMIN, "SCALE", new ClassificationDraft(null, "企业规模",
                List.of(new ValueDraft("SMALL", "小微"))), s.version()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("修改");

        ClassificationDimension retired = crm.classifications.setValueActive(ADMIN, "SCALE", "HUGE", false);
        assertThat(retired.value("HUGE").active()).isFalse();
        assertThat(retired.activeValues()).extracting(ClassificationValue::code).containsExactly("SMALL", "LARGE",
                "MEDIUM");
        assertThatThrownBy(() -> crm.classifications.edit(ADMIN, "SCALE", new ClassificationDraft(null, "企业规模",
                List.of(new ValueDraft("SMALL", "小微"))), retired.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors().get("values"))
                        .contains("不能删除").contains("停用"));
        assertThat(crm.classifications.setDimensionActive(ADMIN, "MODE", false).active()).isFalse();
        assertThat(crm.classifications.setDimensionActive(ADMIN, "MODE", true).active()).isTrue();
        assertThatThrownBy(() -> crm.classifications.setValueActive(ADMIN, "SCALE", "NONE", false))
                .isInstanceOf(NotFoundException.class);
        verify(world.audit).record(eq(ADMIN), eq("crm.classification.define"), eq("crm.classification"), eq("SCALE"),
                anyString());
        verify(world.audit).record(eq(ADMIN), eq("crm.classification.value.deactivate"), eq("crm.classification"),
                eq("SCALE"), anyString());
    }

    @Test
    void onlyAManagerForTheWholeGroupChangesDimensions() {
        ClassificationDraft draft = new ClassificationDraft("SCALE", "客户规模", List.of(new ValueDraft("L", "大型")));
        assertThatThrownBy(() -> crm.classifications.define(NOBODY, draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.classifications.define(A_MANAGER, draft))
                .isInstanceOf(AccessDeniedException.class);
        ClassificationDimension s = scale();
        assertThatThrownBy(() -> crm.classifications.setValueActive(A_MANAGER, "SCALE", "LARGE", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.classifications.edit(B_REP, "SCALE", draft, s.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.classifications.dimensions(NOBODY)).isInstanceOf(AccessDeniedException.class);
        assertThat(crm.classifications.dimensions(ADMIN)).singleElement()
                .satisfies(d -> assertThat(d.value("LARGE").active()).isTrue());
    }

    @Test
    void badDefinitionsAreRefusedInChineseAndWriteNothing() {
        assertThatThrownBy(() -> crm.classifications.define(ADMIN, new ClassificationDraft("规模", "", List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors())
                        .containsKeys("code", "name", "values")
                        .hasEntrySatisfying("values", m -> assertThat(m).contains("至少")));
        assertThatThrownBy(() -> crm.classifications.define(ADMIN, new ClassificationDraft("SCALE", "客户规模",
                List.of(new ValueDraft("L", "大型"), new ValueDraft("l", "特大型")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors().get("values")).contains("L").contains("重复"));
        assertThat(crm.classifications.dimensions(ADMIN)).isEmpty();
        scale();
        assertThatThrownBy(() -> crm.classifications.define(ADMIN, new ClassificationDraft("SCALE", "客户规模",
                List.of(new ValueDraft("L", "大型"))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsKeys("code", "name"));
        assertThat(crm.classifications.dimensions(ADMIN)).singleElement()
                .satisfies(d -> assertThat(d.values()).hasSize(3));
    }

    @Test
    void customersHoldOneValuePerDimensionAndUnknownValuesWriteNothing() {
        scale();
        mode();
        Customer c = customer(as(A_REP), "苏州精工机械有限公司", "苏州市", values("SCALE", "LARGE", "mode", "direct"));
        assertThat(c.classifications()).extracting(Classification::dimensionName, Classification::valueName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("客户规模", "大型企业"),
                        org.assertj.core.groups.Tuple.tuple("合作模式", "直销"));

        assertThatThrownBy(() -> customer(as(A_REP), "无锡新材料有限公司", "无锡市", values("SCALE", "HUGE")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors())
                        .containsEntry("classifications.SCALE", "分类“客户规模”中没有可选值“HUGE”。"));
        assertThatThrownBy(() -> customer(as(A_REP), "无锡新材料有限公司", "无锡市", values("COLOUR", "RED")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors().get("classifications.COLOUR")).contains("不存在"));
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isEqualTo(1);

        CustomerDraft rename = CustomerDraft.of("苏州精工机械股份有限公司", CustomerType.ENTERPRISE)
                .withClassifications(values("SCALE", "SMALL", "MODE", "NOPE"));
        assertThatThrownBy(() -> crm.customers.update(A_REP, c.id(), rename, c.version()))
                .isInstanceOf(ValidationException.class);
        Customer unchanged = crm.customers.get(A_REP, c.id());
        assertThat(unchanged.name()).isEqualTo("苏州精工机械有限公司");
        assertThat(unchanged.classificationCodes()).containsEntry("SCALE", "LARGE").containsEntry("MODE", "DIRECT");

        Map<String, String> clearMode = values("SCALE", "SMALL");
        clearMode.put("MODE", null);
        Customer changed = crm.customers.update(A_REP, c.id(), CustomerDraft.of("苏州精工机械有限公司",
                CustomerType.ENTERPRISE).withClassifications(clearMode), c.version());
        assertThat(changed.classificationCodes()).containsExactly(Map.entry("SCALE", "SMALL"));
        Customer untouched = crm.customers.update(A_REP, c.id(), CustomerDraft.of("苏州精工机械有限公司",
                CustomerType.DISTRIBUTOR), changed.version());
        assertThat(untouched.classificationCodes()).containsExactly(Map.entry("SCALE", "SMALL"));
        crm.customers.delete(ADMIN, c.id());
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isZero();
    }

    @Test
    void aDeactivatedValueStaysOnItsCustomersButCannotBeChosenAgain() {
        scale();
        Customer held = customer(as(A_REP), "苏州精工机械有限公司", "苏州市", values("SCALE", "LARGE"));
        Customer other = customer(as(A_REP), "无锡新材料有限公司", "无锡市", values("SCALE", "SMALL"));
        crm.classifications.setValueActive(ADMIN, "SCALE", "LARGE", false);

        Customer read = crm.customers.get(A_REP, held.id());
        assertThat(read.classifications()).singleElement().satisfies(x -> {
            assertThat(x.valueName()).isEqualTo("大型企业");
            assertThat(x.valueActive()).isFalse();
        });
        Customer kept = crm.customers.update(A_REP, held.id(), CustomerDraft.of("苏州精工机械有限公司",
                CustomerType.ENTERPRISE).withClassifications(values("SCALE", "LARGE")), read.version());
        assertThat(kept.classification("SCALE")).isEqualTo("LARGE");
        assertThatThrownBy(() -> crm.customers.update(A_REP, other.id(), CustomerDraft.of("无锡新材料有限公司",
                CustomerType.ENTERPRISE).withClassifications(values("SCALE", "LARGE")), other.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors())
                        .containsEntry("classifications.SCALE", "分类“客户规模”的值“大型企业”已停用，不能再选择。"));
        assertThat(crm.customers.get(A_REP, other.id()).classification("SCALE")).isEqualTo("SMALL");
        assertThat(crm.customers.count(A_REP, CustomerFilter.all().withClassifications(values("SCALE", "LARGE"))))
                .isEqualTo(1);

        crm.classifications.setDimensionActive(ADMIN, "SCALE", false);
        assertThat(crm.customers.get(A_REP, other.id()).classification("SCALE")).isEqualTo("SMALL");
        assertThatThrownBy(() -> customer(as(A_REP), "南通港口物流有限公司", "南通市", values("SCALE", "SMALL")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getFieldErrors())
                        .containsEntry("classifications.SCALE", "分类维度“客户规模”已停用，不能再选择其中的值。"));
    }

    @Test
    void theListFiltersByValueAndCityWithinTheCallersScope() {
        scale();
        mode();
        Customer a = customer(as(A_REP), "苏州精工机械有限公司", "苏州市", values("SCALE", "LARGE", "MODE", "DIRECT"));
        Customer b = customer(as(A_REP), "无锡新材料有限公司", "无锡市", values("SCALE", "LARGE"));
        customer(as(A_REP), "南通港口物流有限公司", "苏州市", values("SCALE", "SMALL", "MODE", "DIRECT"));
        Customer d = customer(as(B_REP), "广州南方电子有限公司", "苏州市", values("SCALE", "LARGE", "MODE", "DIRECT"));

        PageRequest page = new PageRequest(0, 50, "name", true);
        assertThat(crm.customers.search(A_REP, CustomerFilter.all().withClassifications(values("SCALE", "LARGE")),
                page)).extracting(Customer::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(crm.customers.search(A_REP, CustomerFilter.all().withClassifications(
                values("scale", "large", "MODE", "DIRECT")).withCity("苏州市"), page)).extracting(Customer::id)
                .containsExactly(a.id());
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all().withClassifications(
                values("SCALE", "LARGE", "MODE", "DIRECT")))).isEqualTo(2);
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all().withCity("苏州市"))).isEqualTo(3);
        assertThat(crm.customers.count(B_REP, CustomerFilter.all().withCity("苏州市"))).isEqualTo(1);
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all().withClassifications(values("SCALE", "NOPE"))))
                .isZero();
        assertThat(crm.customers.get(ADMIN, d.id()).classificationCodes()).hasSize(2);
    }

    @Test
    void aMergeCarriesTheDuplicatesValues() {
        scale();
        mode();
        Customer survivor = customer(as(A_REP), "苏州精工机械有限公司", "苏州市", values("SCALE", "LARGE"));
        Customer duplicate = customer(as(A_REP), "苏州精工机械制造有限公司", "苏州市",
                values("SCALE", "SMALL", "MODE", "DISTRIBUTION"));
        Customer merged = crm.customers.merge(ADMIN, survivor.id(), duplicate.id(), Set.of());
        assertThat(merged.classificationCodes()).containsEntry("SCALE", "LARGE").containsEntry("MODE", "DISTRIBUTION");

        Customer third = customer(as(A_REP), "昆山精工机械有限公司", "苏州市", values("SCALE", "MEDIUM"));
        Customer taken = crm.customers.merge(ADMIN, merged.id(), third.id(), EnumSet.of(CustomerField.CLASSIFICATIONS));
        assertThat(taken.classificationCodes()).containsEntry("SCALE", "MEDIUM").containsEntry("MODE", "DISTRIBUTION");
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isEqualTo(1);
        long rows = db.store.jpa().read(em -> em.createQuery("SELECT COUNT(k) FROM CustomerClassEntity k", Long.class)
                .getSingleResult());
        assertThat(rows).isEqualTo(2L);
    }

    @Test
    void pagesWithEqualSortKeysNeverOverlapOrSkip() {
        List<Long> ids = new ArrayList<>();
        String[] places = {"苏州", "无锡", "常州", "南通", "扬州", "镇江", "泰州", "盐城", "淮安", "宿迁", "连云港",
            "徐州", "南京", "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州"};
        for (String place : places) {
            ids.add(crm.customers.create(A_REP, CustomerDraft.of(place + "同名行业设备有限公司", CustomerType.ENTERPRISE))
                    .id());
        }
        Instant same = Instant.parse("2025-06-01T08:00:00Z");
        db.store.jpa().run(em -> em.createQuery("UPDATE CustomerEntity c SET c.createdAt = :t, c.updatedAt = :t")
                .setParameter("t", same).executeUpdate());
        for (String sort : new String[] {null, "lifecycle", "tier", "createdAt", "updatedAt"}) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<Long> seen = new ArrayList<>();
                for (int offset = 0; offset < ids.size(); offset += 5) {
                    crm.customers.search(A_REP, CustomerFilter.all(), new PageRequest(offset, 5, sort, ascending))
                            .forEach(c -> seen.add(c.id()));
                }
                assertThat(seen).as("sort " + sort + (ascending ? " asc" : " desc")).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(ids);
                assertThat(new HashSet<>(seen)).hasSize(places.length);
            }
        }
    }

    @Test
    void theExportHasAColumnPerDimension() throws Exception {
        scale();
        mode();
        customer(as(A_REP), "苏州精工机械有限公司", "苏州市", values("SCALE", "LARGE"));
        ExportServiceImpl export = new ExportServiceImpl(crm.customers, crm.contacts, crm.leads, world.access,
                world.users, world.org, crm.classifications);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.customersXlsx(A_REP, CustomerFilter.all(), out)).isEqualTo(1);
        List<List<String>> rows = XlsxTestReader.rows(out.toByteArray());
        assertThat(rows.get(0)).endsWith("客户规模", "合作模式");
        assertThat(rows.get(1)).contains("苏州精工机械有限公司", "大型企业");
        assertThat(rows.get(1).get(rows.get(0).indexOf("合作模式"))).isEmpty();
    }
}
