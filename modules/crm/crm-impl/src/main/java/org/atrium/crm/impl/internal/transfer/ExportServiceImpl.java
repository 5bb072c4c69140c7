package org.atrium.crm.impl.internal.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.transfer.ExportService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * XLSX export over the services' own scoped, filtered listings (pages of {@link PageRequest#MAX_LIMIT},
 * newest first), keeping only rows whose owner lies in the caller's export scope.
 */
@Component(service = ExportService.class)
public final class ExportServiceImpl implements ExportService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CustomerService customers;
    private final ClassificationService classifications;
    private final ContactService contacts;
    private final LeadService leads;
    private final UserService users;
    private final OrgService org;
    private final Guard guard;
    private final TransferTexts texts = new TransferTexts();

    @Activate
    public ExportServiceImpl(@Reference CustomerService customers, @Reference ContactService contacts,
            @Reference LeadService leads, @Reference AccessService access, @Reference UserService users,
            @Reference OrgService org, @Reference ClassificationService classifications) {
        this.customers = customers;
        this.classifications = classifications;
        this.contacts = contacts;
        this.leads = leads;
        this.users = users;
        this.org = org;
        this.guard = new Guard(access, new Texts());
    }

    @Override
    public int customersXlsx(UserContext caller, CustomerFilter filter, OutputStream out) throws IOException {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.CUSTOMER_EXPORT);
        Locale l = caller.locale();
        Names names = new Names();
        // one column per classification dimension (客户分类), headed by the name the admin gave it
        List<ClassificationDimension> dimensions = classifications.dimensions(caller);
        List<String> header = new ArrayList<>(labels(l, ImportKind.CUSTOMER, "code", "name", "shortName",
                "creditCode", "type", "industry", "province", "city", "source", "lifecycle", "tier", "creditRating",
                "owner", "unit"));
        dimensions.forEach(d -> header.add(d.name()));
        return write(out, l, ImportKind.CUSTOMER, header, page -> customers.search(caller, filter, page),
                c -> scope.permits(c.ownerUnitId(), c.ownerUserId()), c -> {
                    List<Object> cells = new ArrayList<>(Arrays.asList(c.code(), c.name(), c.shortName(),
                            c.creditCode(), texts.label(l, "customerType", c.type()), c.industry(), c.province(),
                            c.city(), c.source(), texts.label(l, "lifecycle", c.lifecycle()),
                            c.tier() == null ? null : c.tier().name(), c.creditRating(), names.user(c.ownerUserId()),
                            names.unit(c.ownerUnitId())));
                    dimensions.forEach(d -> cells.add(valueName(c, d.code())));
                    return cells;
                });
    }

    private static String valueName(Customer c, String dimensionCode) {
        return c.classifications().stream().filter(x -> x.dimensionCode().equals(dimensionCode))
                .map(x -> x.valueName()).findFirst().orElse(null);
    }

    @Override
    public int contactsXlsx(UserContext caller, ContactFilter filter, OutputStream out) throws IOException {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.CONTACT_EXPORT);
        Locale l = caller.locale();
        Names names = new Names();
        Map<Long, String> customerNames = new HashMap<>();
        Function<Long, String> customerName = id -> customerNames.computeIfAbsent(id, k -> {
            try {
                return customers.get(caller, k).name();
            } catch (NotFoundException outOfScope) {
                return "";
            }
        });
        List<String> header = labels(l, ImportKind.CONTACT, "customer", "name", "title", "department",
                "decisionRole", "mobile", "phone", "email", "relationship", "note", "owner");
        return write(out, l, ImportKind.CONTACT, header, page -> contacts.search(caller, filter, page),
                c -> scope.permits(c.ownerUnitId(), c.ownerUserId()),
                c -> Arrays.asList(customerName.apply(c.customerId()), c.name(), c.title(), c.department(),
                        texts.label(l, "decisionRole", c.decisionRole()), c.mobile(), c.phone(), c.email(),
                        c.relationship(), c.note(), names.user(c.ownerUserId())));
    }

    @Override
    public int leadsXlsx(UserContext caller, LeadFilter filter, OutputStream out) throws IOException {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.LEAD_EXPORT);
        Locale l = caller.locale();
        Names names = new Names();
        List<String> header = labels(l, ImportKind.LEAD, "companyName", "contactName", "mobile", "email",
                "province", "city", "industry", "channel", "description", "status", "owner", "deadline");
        return write(out, l, ImportKind.LEAD, header, page -> leads.search(caller, filter, page),
                x -> scope.permits(x.ownerUnitId(), x.ownerUserId()),
                x -> Arrays.asList(x.companyName(), x.contactName(), x.mobile(), x.email(), x.province(), x.city(),
                        x.industry(), texts.label(l, "channel", x.channel()), x.description(),
                        texts.label(l, "leadStatus", x.status()), names.user(x.ownerUserId()),
                        x.followUpDeadline() == null ? null
                                : STAMP.format(x.followUpDeadline().atZone(ZoneId.systemDefault()))));
    }

    private List<String> labels(Locale l, ImportKind kind, String... fields) {
        return Arrays.stream(fields).map(f -> texts.get(l, Columns.key(kind, f))).toList();
    }

    private <T> int write(OutputStream out, Locale l, ImportKind kind, List<String> header,
            Function<PageRequest, List<T>> source, java.util.function.Predicate<T> exportable,
            Function<T, List<?>> cells) throws IOException {
        try (XlsxWriter writer = new XlsxWriter(out, texts.get(l, "sheet." + kind.name()), header)) {
            int offset = 0;
            while (writer.rows() < MAX_ROWS) {
                List<T> page = source.apply(new PageRequest(offset, PageRequest.MAX_LIMIT, null, true));
                for (T row : page) {
                    if (writer.rows() < MAX_ROWS && exportable.test(row)) {
                        writer.row(cells.apply(row));
                    }
                }
                if (page.size() < PageRequest.MAX_LIMIT) {
                    break;
                }
                offset += page.size();
            }
            return writer.rows();
        }
    }

    /** Owner and unit names, looked up once per export. */
    private final class Names {

        private final Map<Long, String> userNames = new HashMap<>();
        private final Map<Long, String> unitNames = new HashMap<>();

        String user(long id) {
            return userNames.computeIfAbsent(id, k -> users.summary(k).map(UserSummary::displayName).orElse(""));
        }

        String unit(long id) {
            return unitNames.computeIfAbsent(id, k -> org.unit(k).map(OrgUnit::name).orElse(""));
        }
    }
}
