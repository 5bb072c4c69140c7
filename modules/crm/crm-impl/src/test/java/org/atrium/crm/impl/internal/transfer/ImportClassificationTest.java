package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationDraft;
import org.atrium.crm.api.customer.ClassificationDraft.ValueDraft;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Import of the customers' classification columns (客户分类) on Derby; {@link ImportClassificationPostgresTest}
 * runs the same on PostgreSQL.
 */
class ImportClassificationTest {

    private CrmTestDatabase db;
    private TestWorld world;
    private CrmServices crm;
    private ImportServiceImpl imports;

    CrmTestDatabase database() throws Exception {
        return new CrmTestDatabase();
    }

    @BeforeEach
    void setUp() throws Exception {
        open();
    }

    private void open() throws Exception {
        db = database();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        ImportConfig config = mock(ImportConfig.class);
        when(config.previewMinutes()).thenReturn(30);
        when(config.batchSize()).thenReturn(10);
        imports = new ImportServiceImpl(db.store, crm.customers, crm.contacts, crm.leads, world.access, config,
                Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** 客户规模 (SCALE), 合作模式 (MODE) and a dimension named like the fixed column 行业 (SEG). */
    private void defineDimensions() {
        crm.classifications.define(ADMIN, new ClassificationDraft("SCALE", "客户规模", List.of(
                new ValueDraft("LARGE", "大型企业"), new ValueDraft("MEDIUM", "中型企业"), new ValueDraft("SMALL", "小微企业"))));
        crm.classifications.define(ADMIN, new ClassificationDraft("MODE", "合作模式", List.of(
                new ValueDraft("DIRECT", "直销"), new ValueDraft("DISTRIBUTION", "经销代理"))));
        crm.classifications.define(ADMIN, new ClassificationDraft("SEG", "行业", List.of(
                new ValueDraft("AUTO", "汽车零部件"), new ValueDraft("STEEL", "钢铁"))));
    }

    private ImportPreview csv(UserContext who, String text) throws IOException {
        return imports.preview(who, ImportKind.CUSTOMER, "customers.csv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportRow row(ImportPreview p, int number) {
        return p.rows().stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    /** @return customer name to its classifications (dimension code to value code), as ADMIN sees them */
    private Map<String, Map<String, String>> classifications() {
        return crm.customers.search(ADMIN, CustomerFilter.all(), PageRequest.first(100)).stream()
                .collect(Collectors.toMap(Customer::name, Customer::classificationCodes));
    }

    @Test
    void valuesAreMatchedByNameOrCodeAndWrittenWithTheCustomer() throws Exception {
        defineDimensions();
        ImportPreview p = csv(A_REP, "客户名称,客户类型,客户规模,合作模式,Remarks\n"
                + "上海华东钢铁贸易有限公司,企业客户, 大型企业 ,直销,x\n"
                + "苏州工业园区设备有限公司,企业客户,medium,\n"
                + "广州南方物流有限公司,企业客户,,Distribution\n"
                + "杭州西湖科技有限公司,企业客户,,\n");
        assertThat(p.columns()).endsWith("客户规模", "合作模式");
        assertThat(p.rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(row(p, 2).values()).endsWith("大型企业", "直销");
        assertThat(classifications()).isEmpty();

        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(4);
        assertThat(classifications()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "上海华东钢铁贸易有限公司", Map.of("SCALE", "LARGE", "MODE", "DIRECT"),
                "苏州工业园区设备有限公司", Map.of("SCALE", "MEDIUM"),
                "广州南方物流有限公司", Map.of("MODE", "DISTRIBUTION"),
                "杭州西湖科技有限公司", Map.of()));
    }

    @Test
    void unknownOrDeactivatedValuesAreRowErrorsAndThoseRowsAreNotWritten() throws Exception {
        defineDimensions();
        crm.classifications.setValueActive(ADMIN, "SCALE", "SMALL", false);
        crm.classifications.setDimensionActive(ADMIN, "MODE", false);
        String file = "客户名称,客户类型,客户规模,合作模式\n"
                + "上海华东钢铁贸易有限公司,企业客户,特大型企业,\n"
                + "苏州工业园区设备有限公司,企业客户,小微企业,\n"
                + "广州南方物流有限公司,企业客户,中型企业,直销\n"
                + "杭州西湖科技有限公司,企业客户,中型企业,\n";
        ImportPreview p = csv(A_REP, file);
        assertThat(row(p, 2).errors()).singleElement().asString().startsWith("客户规模：").contains("特大型企业")
                .contains("大型企业、中型企业").doesNotContain("小微企业");
        assertThat(row(p, 3).errors()).singleElement().asString().startsWith("客户规模：").contains("小微企业")
                .contains("已停用");
        assertThat(row(p, 4).errors()).singleElement().asString().startsWith("合作模式：").contains("直销")
                .contains("已停用");
        assertThat(row(p, 5).isValid()).isTrue();
        assertThat(p.validRows()).isEqualTo(1);

        ImportPreview english = csv(A_REP.withLocale(Locale.ENGLISH), file);
        assertThat(row(english, 2).errors()).singleElement().asString().startsWith("客户规模: ")
                .contains("\"特大型企业\" is not a value");
        assertThat(row(english, 3).errors()).singleElement().asString().contains("deactivated");

        ImportResult result = imports.commit(A_REP, p.id(), null);
        assertThat(result.written()).isEqualTo(1);
        assertThat(result.failed()).isEmpty();
        assertThat(classifications()).containsExactly(Map.entry("杭州西湖科技有限公司", Map.of("SCALE", "MEDIUM")));
    }

    @Test
    void aValueDeactivatedAfterThePreviewRefusesTheRowWithoutWritingTheCustomer() throws Exception {
        defineDimensions();
        ImportPreview p = csv(A_REP, "客户名称,客户类型,客户规模\n"
                + "上海华东钢铁贸易有限公司,企业客户,小微企业\n苏州工业园区设备有限公司,企业客户,中型企业\n");
        assertThat(p.validRows()).isEqualTo(2);
        crm.classifications.setValueActive(ADMIN, "SCALE", "SMALL", false);
        ImportResult result = imports.commit(A_REP, p.id(), null);
        assertThat(result.written()).isEqualTo(1);
        assertThat(result.failed()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.errors()).singleElement().asString().contains("小微企业").contains("停用");
        });
        // the customer row and its classification are one transaction: nothing of row 2 is left
        assertThat(classifications()).containsExactly(Map.entry("苏州工业园区设备有限公司", Map.of("SCALE", "MEDIUM")));
    }

    @Test
    void xlsxFilesAndTheTemplateCarryTheActiveDimensions() throws Exception {
        defineDimensions();
        crm.classifications.setDimensionActive(ADMIN, "MODE", false);
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.template(A_REP, ImportKind.CUSTOMER, template);
        List<String> header = XlsxReader.read(template.toByteArray(), 10).lines().get(0).cells();
        assertThat(header).startsWith("客户名称").endsWith("信用等级", "客户规模", "行业").doesNotContain("合作模式");
        assertThat(header).filteredOn("行业"::equals).hasSize(2);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter(file, "s", List.of("客户名称", "客户类型", "客户规模", "Industry", "行业"))) {
            w.row(List.of("上海华东钢铁贸易有限公司", "企业客户", "LARGE", "制造业", "钢铁"));
            w.row(List.of("苏州工业园区设备有限公司", "企业客户", "巨型", "", "汽车零部件"));
        }
        ImportPreview p = imports.preview(A_REP, ImportKind.CUSTOMER, "客户.xlsx",
                new ByteArrayInputStream(file.toByteArray()));
        assertThat(row(p, 2).isValid()).isTrue();
        assertThat(row(p, 3).errors()).singleElement().asString().startsWith("客户规模：").contains("巨型");
        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(1);
        Customer written = crm.customers.search(ADMIN, CustomerFilter.all(), PageRequest.first(10)).get(0);
        assertThat(written.industry()).isEqualTo("制造业");
        assertThat(written.classificationCodes()).isEqualTo(Map.of("SCALE", "LARGE", "SEG", "STEEL"));
    }

    @Test
    void exportedCustomersImportIntoAnEmptyDatabaseWithTheSameClassifications() throws Exception {
        defineDimensions();
        crm.customers.create(A_REP, CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.DISTRIBUTOR)
                .withCreditCode(ImportServiceTest.HUAWEI_CODE).withRegion("上海市", "上海市")
                .withClassifications(Map.of("SCALE", "LARGE", "MODE", "DIRECT", "SEG", "STEEL")));
        crm.customers.create(A_REP, CustomerDraft.of("苏州工业园区设备有限公司", CustomerType.ENTERPRISE)
                .withClassifications(Map.of("SEG", "AUTO")));
        crm.customers.create(A_MANAGER, CustomerDraft.of("广州南方物流有限公司", CustomerType.ENTERPRISE));
        Map<String, Map<String, String>> before = classifications();
        assertThat(before.values()).filteredOn(m -> !m.isEmpty()).hasSize(2);
        ExportServiceImpl export = new ExportServiceImpl(crm.customers, crm.contacts, crm.leads, world.access,
                world.users, world.org, crm.classifications);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        assertThat(export.customersXlsx(ADMIN, CustomerFilter.all(), exported)).isEqualTo(3);

        db.close();
        open();
        defineDimensions();
        ImportPreview p = imports.preview(A_REP, ImportKind.CUSTOMER, "客户导出.xlsx",
                new ByteArrayInputStream(exported.toByteArray()));
        assertThat(p.rows()).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(p.columns()).endsWith("客户规模", "合作模式", "行业");
        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(3);
        assertThat(classifications()).isEqualTo(before);
        assertThat(crm.customers.search(ADMIN, CustomerFilter.all(), PageRequest.first(10)))
                .filteredOn(c -> c.creditCode() != null).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(CustomerType.DISTRIBUTOR));
    }

    @Test
    void dimensionColumnsSkipTheFixedColumnsAndTheExportOnlyOnes() {
        ClassificationDimension seg = new ClassificationDimension("SEG", "行业", true, List.of(), 0);
        ClassificationDimension owner = new ClassificationDimension("OWNER_KIND", "负责人", true, List.of(), 0);
        ClassificationDimension byCode = new ClassificationDimension("MODE", "合作模式", true, List.of(), 0);
        List<String> header = List.of("客户编码", "客户名称", "行业", "负责人", "行业*", "负责人", "mode");
        Map<String, Integer> index = Columns.match(new TransferTexts(), ImportKind.CUSTOMER, header);
        assertThat(index).containsOnly(Map.entry("name", 1), Map.entry("industry", 2));
        assertThat(Columns.matchDimensions(new TransferTexts(), List.of(seg, owner, byCode), header,
                Set.copyOf(index.values()))).extracting(c -> c.field() + "@" + c.index())
                .containsExactly("classifications.SEG@4", "classifications.OWNER_KIND@5", "classifications.MODE@6");
        assertThat(Columns.matchDimensions(new TransferTexts(), List.of(owner), List.of("客户名称", "负责人"), Set.of(0)))
                .extracting(Columns.DimensionColumn::index).containsExactly(1);
    }
}
