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
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;

/**
 * Contact rows: the customer by code (or alias) or exact name among the customers the caller sees,
 * the field rules of {@link ContactService#validate} (name, mobile, landline, e-mail, relationship 1–5,
 * lengths),
 * and duplicates — the same mobile at the same customer is an error (in the group or earlier in the
 * file), the same name a hint.
 */
final class ContactRows implements RowChecker {

    private final CustomerService customers;
    private final ContactService contacts;
    private final CrmStore store;
    private final TransferTexts texts;

    ContactRows(CustomerService customers, ContactService contacts, CrmStore store, TransferTexts texts) {
        this.customers = customers;
        this.contacts = contacts;
        this.store = store;
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
            ContactDraft draft = new ContactDraft(customerId == null ? 0 : customerId, in.get("name"),
                    in.get("title"), in.get("department"), role, in.get("mobile"), in.get("phone"), in.get("email"),
                    relationship, in.get("note"));
            report.absorb(contacts.validate(caller, draft));
            String name = in.get("name").strip();
            String mobile = report.hasError("mobile") || in.get("mobile").isBlank() ? null
                    : Phones.mobile(in.get("mobile"));
            if (customerId != null && !report.hasError("name")) {
                duplicates(report, in.number(), customerId, name, mobile, existing, mobileRow, nameRow, seenMobiles);
            }
            out.add(new Checked(report.toRow(in.number(), in.values()), report.hasErrors() ? null : draft));
        }
        return out;
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
