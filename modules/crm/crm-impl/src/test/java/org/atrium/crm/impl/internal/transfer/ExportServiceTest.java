package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.AccessDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportServiceTest {

    private CrmTestDatabase db;
    private CrmServices crm;
    private ExportServiceImpl export;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        TestWorld world = new TestWorld();
        crm = new CrmServices(db, world);
        export = new ExportServiceImpl(crm.customers, crm.contacts, crm.leads, world.access, world.users, world.org,
                crm.classifications);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static Table read(ByteArrayOutputStream out) throws Exception {
        return XlsxReader.read(out.toByteArray(), 1000);
    }

    @Test
    void customersAreExportedWithinScopeAndFilter() throws Exception {
        Customer a = crm.customers.create(A_REP, CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.DISTRIBUTOR)
                .withCreditCode(ImportServiceTest.HUAWEI_CODE));
        crm.customers.create(A_MANAGER, CustomerDraft.of("苏州工业园区设备有限公司", CustomerType.ENTERPRISE));
        crm.customers.create(B_REP, CustomerDraft.of("广州南方物流有限公司", CustomerType.ENTERPRISE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(export.customersXlsx(A_REP, CustomerFilter.all(), out)).isEqualTo(2);
        Table t = read(out);
        assertThat(t.lines()).hasSize(3);
        assertThat(t.lines().get(0).cells()).startsWith("客户编码", "客户名称");
        assertThat(t.lines()).extracting(l -> l.cell(1)).doesNotContain("广州南方物流有限公司");
        Table.Line first = t.lines().stream().filter(l -> l.cell(0).equals(a.code())).findFirst().orElseThrow();
        assertThat(first.cells()).contains("经销商", ImportServiceTest.HUAWEI_CODE);

        ByteArrayOutputStream own = new ByteArrayOutputStream();
        assertThat(export.customersXlsx(A_REP, CustomerFilter.text("苏州"), own)).isEqualTo(1);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        assertThat(export.customersXlsx(ADMIN, CustomerFilter.all(), all)).isEqualTo(3);
    }

    @Test
    void withoutExportPermissionNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> export.customersXlsx(NOBODY, CustomerFilter.all(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.leadsXlsx(NOBODY, LeadFilter.all(), out))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void contactsAndLeadsCarryLocalisedLabels() throws Exception {
        Customer a = crm.customers.create(A_REP, CustomerDraft.of("上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE));
        crm.contacts.create(A_REP, ContactDraft.of(a.id(), "王经理", "13800138000"));
        crm.leads.create(A_REP, new LeadDraft("某公司", "周先生", "13500135000", null, "广东", null, null,
                SourceChannel.EXHIBITION, null));
        crm.leads.create(B_REP, new LeadDraft("别家", "吴先生", "13400134000", null, null, null, null,
                SourceChannel.PHONE, null));
        ByteArrayOutputStream contacts = new ByteArrayOutputStream();
        assertThat(export.contactsXlsx(A_REP, ContactFilter.all(), contacts)).isEqualTo(1);
        assertThat(read(contacts).lines().get(1).cells()).startsWith("上海华东钢铁贸易有限公司", "王经理");
        ByteArrayOutputStream leads = new ByteArrayOutputStream();
        assertThat(export.leadsXlsx(A_REP, LeadFilter.all(), leads)).isEqualTo(1);
        List<String> lead = read(leads).lines().get(1).cells();
        assertThat(lead).contains("周先生", "展会", "新线索").doesNotContain("吴先生");
    }
}
