package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;

/**
 * Contact rows: the customer by code (or alias) or exact name among the customers the caller sees,
 * the field rules of the contact service (name, mobile, landline, e-mail, relationship 1–5, lengths),
 * and duplicates — the same mobile at the same customer is an error (in the group or earlier in the
 * file), the same name a hint.
 */
final class ContactRows implements RowChecker {

    private final CustomerService customers;
    private final CrmStore store;
    private final Texts crmTexts;
    private final TransferTexts texts;

    ContactRows(CustomerService customers, CrmStore store, Texts crmTexts, TransferTexts texts) {
        this.customers = customers;
        this.store = store;
        this.crmTexts = crmTexts;
        this.texts = texts;
    }

    private record Known(long customerId, String name, String mobile) {
    }

    @Override
    public List<Checked> check(UserContext caller, List<Input> rows) {
        Locale locale = caller.locale();
        Map<String, Optional<Long>> resolved = new HashMap<>();
        Map<String, Integer> ambiguous = new HashMap<>();
        List<Long> customerIds = new ArrayList<>();
        for (Input in : rows) {
            String ref = in.get("customer");
            if (!ref.isBlank() && !resolved.containsKey(ref)) {
                List<Customer> hits = resolve(caller, ref);
                resolved.put(ref, hits.size() == 1 ? Optional.of(hits.get(0).id()) : Optional.empty());
                ambiguous.put(ref, hits.size());
                if (hits.size() == 1) {
                    customerIds.add(hits.get(0).id());
                }
            }
        }
        List<Known> known = existing(customerIds);
        Set<String> existing = new HashSet<>();
        known.forEach(k -> {
            existing.add("n:" + k.customerId() + "/" + k.name());
            if (k.mobile() != null) {
                existing.add("m:" + k.customerId() + "/" + k.mobile());
            }
        });
        Set<String> seenMobiles = new HashSet<>();
        Map<String, Integer> mobileRow = new HashMap<>();
        Map<String, Integer> nameRow = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (Input in : rows) {
            RowReport report = new RowReport(texts, locale, ImportKind.CONTACT);
            String ref = in.get("customer");
            Long customerId = null;
            if (ref.isBlank()) {
                report.error("customer", "row.customerUnknown");
            } else if (resolved.get(ref).isPresent()) {
                customerId = resolved.get(ref).get();
            } else if (ambiguous.get(ref) > 1) {
                report.error("customer", "row.customerAmbiguous", ref);
            } else {
                report.error("customer", "row.customerUnknown");
            }
            DecisionRole role = report.enumValue("decisionRole", DecisionRole.class, "decisionRole",
                    in.get("decisionRole"));
            Integer relationship = report.number("relationship", in.get("relationship"));
            Fields fields = new Fields(crmTexts, locale);
            String name = fields.text("name", in.get("name"), 100, true);
            String mobile = validate(fields, in, relationship);
            report.absorb(fields);
            if (customerId != null && name != null) {
                duplicates(report, in.number(), customerId, name, mobile, existing, mobileRow, nameRow, seenMobiles);
            }
            ContactDraft draft = customerId == null ? null : new ContactDraft(customerId, in.get("name"),
                    in.get("title"), in.get("department"), role, in.get("mobile"), in.get("phone"), in.get("email"),
                    relationship, in.get("note"));
            out.add(new Checked(report.toRow(in.number(), in.values()), report.hasErrors() ? null : draft));
        }
        return out;
    }

    /** The contact service's field rules; @return the normalised mobile, or {@code null} */
    private static String validate(Fields fields, Input in, Integer relationship) {
        String mobile = fields.text("mobile", in.get("mobile"), 30, false);
        if (mobile != null) {
            mobile = Phones.mobile(mobile);
            if (mobile == null) {
                fields.error("mobile", "validation.mobile");
            }
        }
        String phone = fields.text("phone", in.get("phone"), 30, false);
        if (phone != null && !Phones.isLandline(phone)) {
            fields.error("phone", "validation.phone");
        }
        String email = fields.text("email", in.get("email"), 200, false);
        if (email != null && !Phones.isEmail(email)) {
            fields.error("email", "validation.email");
        }
        if (relationship != null && (relationship < 1 || relationship > 5)) {
            fields.error("relationship", "validation.relationship");
        }
        fields.text("title", in.get("title"), 100, false);
        fields.text("department", in.get("department"), 100, false);
        fields.text("note", in.get("note"), 2000, false);
        return mobile;
    }

    private static void duplicates(RowReport report, int row, long customerId, String name, String mobile,
            Set<String> existing, Map<String, Integer> mobileRow, Map<String, Integer> nameRow, Set<String> seen) {
        if (mobile != null) {
            String key = customerId + "/" + mobile;
            if (existing.contains("m:" + key)) {
                report.error("mobile", "row.duplicateContact");
            } else if (!seen.add(key)) {
                report.error("mobile", "row.duplicateInFile", mobileRow.get(key));
            } else {
                mobileRow.put(key, row);
            }
        }
        String nameKey = customerId + "/" + name;
        if (existing.contains("n:" + nameKey)) {
            report.hint("row.similarContact", name);
        } else if (nameRow.containsKey(nameKey)) {
            report.hint("row.similarInFile", nameRow.get(nameKey));
        }
        nameRow.putIfAbsent(nameKey, row);
    }

    /** @return the customers the caller sees with this code, alias or exact name (or short name) */
    private List<Customer> resolve(UserContext caller, String ref) {
        try {
            return List.of(customers.getByCode(caller, ref));
        } catch (NotFoundException notACode) {
            return customers.search(caller, CustomerFilter.text(ref), PageRequest.first(20)).stream()
                    .filter(c -> ref.strip().equals(c.name()) || ref.strip().equals(c.shortName())).toList();
        }
    }

    /** Contacts already at these customers, group-wide (the caller is told only that one exists). */
    private List<Known> existing(List<Long> customerIds) {
        List<Known> out = new ArrayList<>();
        for (int i = 0; i < customerIds.size(); i += 500) {
            List<Long> chunk = customerIds.subList(i, Math.min(customerIds.size(), i + 500));
            store.jpa().read(em -> em.createQuery("SELECT c.customerId, c.name, c.mobile FROM ContactEntity c "
                    + "WHERE c.customerId IN :ids", Object[].class).setParameter("ids", chunk).getResultList())
                    .forEach(r -> out.add(new Known((Long) r[0], (String) r[1], (String) r[2])));
        }
        return out;
    }
}
