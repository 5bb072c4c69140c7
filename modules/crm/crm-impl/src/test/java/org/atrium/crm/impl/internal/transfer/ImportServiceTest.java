package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Import on Derby; {@link ImportServicePostgresTest} runs the same on PostgreSQL. */
class ImportServiceTest {

    static final String HUAWEI_CODE = "914403001922038216";
    static final String OTHER_CODE = "91330100799655058B";

    private CrmTestDatabase db;
    private CrmServices crm;
    private final Set<String> revoked = new HashSet<>();
    private final MutableClock clock = new MutableClock();
    private ImportServiceImpl imports;

    CrmTestDatabase database() throws Exception {
        return new CrmTestDatabase();
    }

    @BeforeEach
    void setUp() throws Exception {
        db = database();
        TestWorld world = new TestWorld();
        crm = new CrmServices(db, world);
        AccessService access = revocable(world.access);
        ImportConfig config = mock(ImportConfig.class);
        when(config.previewMinutes()).thenReturn(30);
        when(config.batchSize()).thenReturn(2);
        imports = new ImportServiceImpl(db.store, crm.customers, crm.contacts, crm.leads, access, config, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private AccessService revocable(AccessService real) {
        AccessService a = mock(AccessService.class);
        when(a.scopeOf(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(inv -> {
                    UserContext u = inv.getArgument(0);
                    String p = inv.getArgument(1);
                    return revoked.contains(p) ? ScopeFilter.none(p, u.userId()) : real.scopeOf(u, p);
                });
        return a;
    }

    private ImportPreview preview(UserContext who, ImportKind kind, String csv) throws IOException {
        return imports.preview(who, kind, "import.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ImportRow row(ImportPreview p, int number) {
        return p.rows().stream().filter(r -> r.rowNumber() == number).findFirst().orElseThrow();
    }

    private int customerCount() {
        return crm.customers.count(ADMIN, CustomerFilter.all());
    }

    @Test
    void customerRowsAreValidatedWithTheServiceRulesAndNothingIsWrittenOnPreview() throws Exception {
        ImportPreview p = preview(A_REP.withLocale(Locale.SIMPLIFIED_CHINESE), ImportKind.CUSTOMER,
                "客户名称,统一社会信用代码,客户类型,生命周期\n"
                        + "上海华东钢铁贸易有限公司," + HUAWEI_CODE + ",企业客户,潜在客户\n"
                        + "华,914403001922038217,外星人,\n"
                        + "\n"
                        + "广州南方物流有限公司,,distributor,LOST\n"
                        + ",,企业客户,\n");
        assertThat(p.totalRows()).isEqualTo(4);
        assertThat(p.validRows()).isEqualTo(2);
        assertThat(p.columns()).startsWith("客户名称", "简称", "统一社会信用代码");
        assertThat(row(p, 2).isValid()).isTrue();
        assertThat(row(p, 3).errors()).hasSize(3).anySatisfy(e -> assertThat(e).startsWith("客户名称："))
                .anySatisfy(e -> assertThat(e).startsWith("统一社会信用代码："))
                .anySatisfy(e -> assertThat(e).startsWith("客户类型：").contains("外星人", "经销商"));
        assertThat(row(p, 5).isValid()).isTrue();
        assertThat(row(p, 6).errors()).singleElement().asString().startsWith("客户名称：");
        assertThat(customerCount()).isZero();
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheGroup() throws Exception {
        crm.customers.create(B_REP, CustomerDraft.of("杭州西湖科技有限公司", CustomerType.ENTERPRISE)
                .withCreditCode(OTHER_CODE));
        ImportPreview p = preview(A_REP.withLocale(Locale.ENGLISH), ImportKind.CUSTOMER,
                "Name,Unified social credit code,Type\n"
                        + "上海华东钢铁贸易有限公司," + HUAWEI_CODE + ",Enterprise\n"
                        + "上海华东钢铁贸易股份有限公司,,Enterprise\n"
                        + "别名公司," + HUAWEI_CODE.toLowerCase(Locale.ROOT) + ",Enterprise\n"
                        + "完全不同的公司," + OTHER_CODE + ",Enterprise\n"
                        + "杭州西湖科技有限公司,,Enterprise\n");
        assertThat(row(p, 2).isValid()).isTrue();
        assertThat(row(p, 3).errors()).singleElement().asString().contains("Name").contains("row 2");
        assertThat(row(p, 4).errors()).singleElement().asString().contains("credit code").contains("row 2");
        assertThat(row(p, 5).errors()).singleElement().asString().contains("already registered")
                .contains("陈静");
        assertThat(row(p, 6).errors()).singleElement().asString().contains("already registered");
        assertThat(p.validRows()).isEqualTo(1);
    }

    @Test
    void commitWritesOnlyTheValidRowsReportsProgressAndForgetsThePreview() throws Exception {
        ImportPreview p = preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n乙,企业客户\n"
                + "丙公司三号,经销商\n丁公司四号,个人客户\n");
        assertThat(p.validRows()).isEqualTo(3);
        List<int[]> progress = new ArrayList<>();
        ImportResult result = imports.commit(A_REP, p.id(), (done, total) -> progress.add(new int[] {done, total}));
        assertThat(result.written()).isEqualTo(3);
        assertThat(result.failed()).isEmpty();
        assertThat(progress).extracting(a -> a[0] + "/" + a[1]).containsExactly("2/3", "3/3");
        assertThat(crm.customers.search(A_REP, CustomerFilter.all(), PageRequest.first(10)))
                .extracting(Customer::name).containsExactlyInAnyOrder("甲公司一号", "丙公司三号", "丁公司四号")
                .allSatisfy(n -> assertThat(n).isNotEqualTo("乙"));
        assertThatThrownBy(() -> imports.commit(A_REP, p.id(), null)).isInstanceOf(NotFoundException.class);
        assertThat(customerCount()).isEqualTo(3);
    }

    @Test
    void rowsRefusedAtWriteTimeAreReportedAndTheOthersKept() throws Exception {
        ImportPreview p = preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n乙公司二号,企业客户\n");
        crm.customers.create(B_REP, CustomerDraft.of("乙公司二号", CustomerType.ENTERPRISE));
        ImportResult result = imports.commit(A_REP, p.id(), null);
        assertThat(result.written()).isEqualTo(1);
        assertThat(result.failed()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(3);
            assertThat(r.errors()).isNotEmpty();
        });
    }

    @Test
    void withoutCreatePermissionNothingIsPreviewedOrCommitted() throws Exception {
        assertThatThrownBy(() -> preview(NOBODY, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n"))
                .isInstanceOf(AccessDeniedException.class);
        ImportPreview p = preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n");
        revoked.add(CrmPermissions.CUSTOMER_CREATE);
        assertThatThrownBy(() -> imports.commit(A_REP, p.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(customerCount()).isZero();
    }

    @Test
    void aPreviewBelongsToItsUserAndExpires() throws Exception {
        ImportPreview p = preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n");
        assertThatThrownBy(() -> imports.commit(A_MANAGER, p.id(), null)).isInstanceOf(NotFoundException.class);
        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> imports.commit(A_REP, p.id(), null)).isInstanceOf(NotFoundException.class);
        ImportPreview q = preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n甲公司一号,企业客户\n");
        imports.discard(A_REP, q.id());
        assertThatThrownBy(() -> imports.commit(A_REP, q.id(), null)).isInstanceOf(NotFoundException.class);
        assertThat(customerCount()).isZero();
    }

    @Test
    void wholeFileProblemsAreReportedOnTheFileField() {
        assertThatThrownBy(() -> preview(A_REP, ImportKind.CUSTOMER, "foo,bar\n1,2\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors()).containsKey("file"));
        assertThatThrownBy(() -> preview(A_REP, ImportKind.CUSTOMER, "客户类型\n企业客户\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors().get("file")).contains("客户名称"));
        assertThatThrownBy(() -> preview(A_REP, ImportKind.CUSTOMER, "客户名称,客户类型\n\n"))
                .isInstanceOf(ValidationException.class);
        StringBuilder big = new StringBuilder("客户名称\n");
        for (int i = 0; i <= ImportServiceImpl.MAX_ROWS; i++) {
            big.append("公司").append(i).append('\n');
        }
        assertThatThrownBy(() -> preview(A_REP, ImportKind.CUSTOMER, big.toString()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getFieldErrors().get("file")).contains("5000"));
        assertThatThrownBy(() -> imports.preview(A_REP, ImportKind.CUSTOMER, "x.xlsx",
                new ByteArrayInputStream("客户名称\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void xlsxFilesImportLikeCsv() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        imports.template(A_REP, ImportKind.CUSTOMER, template);
        Table header = XlsxReader.read(template.toByteArray(), 10);
        assertThat(header.lines()).singleElement().satisfies(l -> assertThat(l.cells()).startsWith("客户名称"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter(file, "s", List.of("客户名称", "统一社会信用代码", "客户类型"))) {
            w.row(List.of("上海华东钢铁贸易有限公司", HUAWEI_CODE, "企业客户"));
            w.row(List.of("乙", "", "企业客户"));
        }
        ImportPreview p = imports.preview(A_REP, ImportKind.CUSTOMER, "客户.xlsx",
                new ByteArrayInputStream(file.toByteArray()));
        assertThat(p.rows()).extracting(ImportRow::isValid).containsExactly(true, false);
        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(1);
    }

    @Test
    void contactsResolveTheirCustomerAndCheckDuplicates() throws Exception {
        Customer mine = crm.customers.create(A_REP, CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE));
        Customer theirs = crm.customers.create(B_REP, CustomerDraft.of("广州南方物流有限公司", CustomerType.ENTERPRISE));
        crm.contacts.create(A_REP, ContactDraft.of(mine.id(), "王经理", "13800138000"));
        ImportPreview p = preview(A_REP.withLocale(Locale.SIMPLIFIED_CHINESE), ImportKind.CONTACT,
                "客户,姓名,手机,邮箱,决策角色,关系亲密度\n"
                        + mine.code() + ",李工,13900139000,li@example.com,技术把关者,4\n"
                        + "上海华东钢铁贸易有限公司,赵总,139 0013 9000,,决策者,\n"
                        + mine.code() + ",钱某,13800138000,,,\n"
                        + theirs.code() + ",孙某,13700137000,,,\n"
                        + mine.code() + ",王经理,12345,not-mail,老板,9\n"
                        + mine.code() + ",李工,13600136000,,,\n");
        assertThat(row(p, 2).isValid()).isTrue();
        assertThat(row(p, 3).errors()).singleElement().asString().startsWith("手机：").contains("第 2 行");
        assertThat(row(p, 4).errors()).singleElement().asString().contains("已有使用此手机号");
        assertThat(row(p, 5).errors()).singleElement().asString().startsWith("客户：");
        assertThat(row(p, 6).errors()).hasSize(4);
        assertThat(row(p, 6).duplicateHints()).singleElement().asString().contains("王经理");
        assertThat(row(p, 7).isValid()).isTrue();
        assertThat(row(p, 7).duplicateHints()).singleElement().asString().contains("第 2 行");
        assertThat(crm.contacts.count(A_REP, ContactFilter.all())).isEqualTo(1);
        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(2);
        assertThat(crm.contacts.count(A_REP, ContactFilter.ofCustomer(mine.id()))).isEqualTo(3);
    }

    @Test
    void leadsNeedAContactWayAndHintExistingLeads() throws Exception {
        crm.leads.create(B_REP, new LeadDraft("某公司", "周先生", "13500135000", null, null, null, null,
                SourceChannel.PHONE, null));
        ImportPreview p = preview(A_REP, ImportKind.LEAD, "公司,联系人,手机,邮箱,来源渠道\n"
                + "甲公司,吴先生,13500135000,,展会\n"
                + "乙公司,郑女士,,zheng@example.com,\n"
                + "丙公司,冯先生,,ZHENG@example.com,Website\n"
                + "丁公司,陈先生,,,\n"
                + "戊公司,,13300133000,,电视购物\n");
        assertThat(row(p, 2).isValid()).isTrue();
        assertThat(row(p, 2).duplicateHints()).singleElement().asString().contains("手机");
        assertThat(row(p, 3).isValid()).isTrue();
        assertThat(row(p, 4).errors()).singleElement().asString().contains("第 3 行");
        assertThat(row(p, 5).errors()).singleElement().asString().startsWith("手机：");
        assertThat(row(p, 6).errors()).hasSize(2);
        assertThat(imports.commit(A_REP, p.id(), null).written()).isEqualTo(2);
        assertThat(crm.leads.search(ADMIN, LeadFilter.all(), PageRequest.first(10)))
                .filteredOn(l -> l.contactName().equals("郑女士")).singleElement()
                .satisfies(l -> assertThat(l.channel()).isEqualTo(SourceChannel.IMPORT));
    }

    /** A clock tests move forward. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
