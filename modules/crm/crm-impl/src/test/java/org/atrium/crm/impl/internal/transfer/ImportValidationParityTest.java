package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import and the services refuse the same bad rows with the same messages: each bad row is
 * previewed, handed to the service's {@code validate} and to its {@code create}, and the three must name
 * the same fields with the same texts (the import prefixes each with its column label), in Chinese and
 * in English.
 */
class ImportValidationParityTest {

    private CrmTestDatabase db;
    private CrmServices crm;
    private ImportServiceImpl imports;
    private final TransferTexts texts = new TransferTexts();

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        crm = new CrmServices(db, new TestWorld());
        ImportConfig config = mock(ImportConfig.class);
        when(config.previewMinutes()).thenReturn(30);
        when(config.batchSize()).thenReturn(10);
        imports = new ImportServiceImpl(db.store, crm.customers, crm.contacts, crm.leads, new TestWorld().access,
                config, java.time.Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ImportPreview preview(UserContext who, ImportKind kind, String csv) throws Exception {
        return imports.preview(who, kind, "rows.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the service's field errors as the import shows them: "label：message" per field */
    private List<String> asImportShows(Map<String, String> fieldErrors, ImportKind kind, Locale locale) {
        List<String> out = new ArrayList<>();
        fieldErrors.forEach((field, message) -> out.add(texts.get(locale, "row.error",
                texts.get(locale, Columns.key(kind, field)), message)));
        return out;
    }

    private static Map<String, String> createRefusal(Runnable create) {
        try {
            create.run();
        } catch (ValidationException e) {
            return e.getFieldErrors();
        }
        throw new AssertionError("create accepted a row the import refused");
    }

    @Test
    void contactRowsAndContactServiceAgree() throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            UserContext rep = A_REP.withLocale(locale);
            Customer c = crm.customers.create(rep, CustomerDraft.of(locale == Locale.ENGLISH ? "广州南方物流有限公司"
                    : "上海华东钢铁贸易有限公司", CustomerType.ENTERPRISE));
            String longName = "张".repeat(101);
            String longNote = "备".repeat(2001);
            List<ContactDraft> bad = List.of(
                    new ContactDraft(c.id(), "", null, null, null, "12345", null, null, null, null),
                    new ContactDraft(c.id(), "李工", null, null, DecisionRole.DECISION_MAKER, null, "12-34", "bad@", 9, null),
                    new ContactDraft(c.id(), longName, "经".repeat(101), null, null, "139 0013 900", null, null, 0, longNote));
            StringBuilder csv = new StringBuilder("客户,姓名,职务,手机,座机,邮箱,关系亲密度,备注\n");
            for (ContactDraft d : bad) {
                csv.append(String.join(",", c.code(), d.name(), nz(d.title()), nz(d.mobile()), nz(d.phone()),
                        nz(d.email()), d.relationship() == null ? "" : String.valueOf(d.relationship()), nz(d.note())))
                        .append('\n');
            }
            // the role column is left out of the file: it is no field rule, only the draft's enum
            List<ContactDraft> drafts = bad.stream().map(d -> new ContactDraft(d.customerId(), d.name(), d.title(),
                    d.department(), null, d.mobile(), d.phone(), d.email(), d.relationship(), d.note())).toList();
            ImportPreview p = preview(rep, ImportKind.CONTACT, csv.toString());
            assertThat(p.validRows()).isZero();
            for (int i = 0; i < drafts.size(); i++) {
                ContactDraft d = drafts.get(i);
                Map<String, String> validated = crm.contacts.validate(rep, d);
                Map<String, String> refused = createRefusal(() -> crm.contacts.create(rep, d));
                assertThat(validated).as("row %d", i + 2).isNotEmpty().containsExactlyEntriesOf(refused);
                ImportRow row = p.rows().get(i);
                assertThat(row.errors()).as("row %d", i + 2).containsExactlyElementsOf(
                        asImportShows(validated, ImportKind.CONTACT, locale));
            }
        }
        assertThat(crm.contacts.count(ADMIN, org.atrium.crm.api.contact.ContactFilter.all())).isZero();
    }

    @Test
    void leadRowsAndLeadServiceAgree() throws Exception {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            UserContext rep = A_REP.withLocale(locale);
            List<LeadDraft> bad = List.of(
                    new LeadDraft("甲公司", "", "", "", null, null, null, SourceChannel.IMPORT, null),
                    new LeadDraft("乙公司", "吴先生", "123", "not-mail", null, null, null, SourceChannel.IMPORT, null),
                    new LeadDraft("丙".repeat(201), "郑女士", "13300133000", null, null, "市".repeat(51), null,
                            SourceChannel.IMPORT, "说".repeat(2001)));
            StringBuilder csv = new StringBuilder("公司,联系人,手机,邮箱,城市,需求描述\n");
            for (LeadDraft d : bad) {
                csv.append(String.join(",", d.companyName(), d.contactName(), d.mobile(), nz(d.email()),
                        nz(d.city()), nz(d.description()))).append('\n');
            }
            ImportPreview p = preview(rep, ImportKind.LEAD, csv.toString());
            assertThat(p.validRows()).isZero();
            for (int i = 0; i < bad.size(); i++) {
                LeadDraft d = bad.get(i);
                Map<String, String> validated = crm.leads.validate(rep, d);
                Map<String, String> refused = createRefusal(() -> crm.leads.create(rep, d));
                assertThat(validated).as("row %d", i + 2).isNotEmpty().containsExactlyEntriesOf(refused);
                assertThat(p.rows().get(i).errors()).as("row %d", i + 2).containsExactlyElementsOf(
                        asImportShows(validated, ImportKind.LEAD, locale));
            }
        }
        assertThat(crm.leads.count(ADMIN, org.atrium.crm.api.lead.LeadFilter.all())).isZero();
    }

    @Test
    void validDraftsHaveNoErrorsAndValidationNeedsAWritePermission() {
        assertThat(crm.leads.validate(A_REP, new LeadDraft(null, "周杰", "139 0013 9000", null, null, null, null,
                SourceChannel.PHONE, null))).isEmpty();
        assertThat(crm.contacts.validate(A_REP, ContactDraft.of(1, "黄磊", "+86 138-0013-8000"))).isEmpty();
        assertThat(crm.leads.validate(A_REP, new LeadDraft(null, "周杰", null, null, null, null, null, null, null)))
                .containsOnlyKeys("mobile", "channel");
        assertThatThrownBy(() -> crm.contacts.validate(NOBODY, ContactDraft.of(1, "黄磊", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.leads.validate(NOBODY, new LeadDraft(null, "周杰", null, null, null, null, null,
                SourceChannel.PHONE, null))).isInstanceOf(AccessDeniedException.class);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
