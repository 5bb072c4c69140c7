package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.platform.api.identity.UserContext;

/**
 * Lead rows: the field rules of {@link LeadService#validate} (contact name, mobile or e-mail, formats,
 * lengths; a blank
 * channel becomes {@link SourceChannel#IMPORT}), the same mobile or e-mail earlier in the file is an
 * error, an existing lead with it anywhere in the group a hint.
 */
final class LeadRows implements RowChecker {

    private final LeadService leads;
    private final CrmStore store;
    private final TransferTexts texts;

    LeadRows(LeadService leads, CrmStore store, TransferTexts texts) {
        this.leads = leads;
        this.store = store;
        this.texts = texts;
    }

    @Override
    public List<Checked> check(UserContext caller, List<Input> rows) {
        Locale locale = caller.locale();
        List<Clean> cleaned = new ArrayList<>();
        for (Input in : rows) {
            RowReport report = new RowReport(texts, locale, ImportKind.LEAD);
            SourceChannel channel = report.enumValue("channel", SourceChannel.class, "channel", in.get("channel"));
            LeadDraft draft = new LeadDraft(in.get("companyName"), in.get("contactName"), in.get("mobile"),
                    in.get("email"), in.get("province"), in.get("city"), in.get("industry"),
                    channel == null && in.get("channel").isBlank() ? SourceChannel.IMPORT : channel,
                    in.get("description"));
            report.absorb(leads.validate(caller, draft));
            // normalised keys for the duplicate checks; the rules themselves are the service's
            String mobile = report.hasError("mobile") || in.get("mobile").isBlank() ? null
                    : Phones.mobile(in.get("mobile"));
            String email = report.hasError("email") || in.get("email").isBlank() ? null : in.get("email").strip();
            cleaned.add(new Clean(in, report, draft, mobile, email == null ? null : email.toLowerCase(Locale.ROOT)));
        }
        Set<String> known = existing(cleaned);
        Map<String, Integer> firstRow = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (Clean c : cleaned) {
            duplicate(c, "mobile", c.mobile(), known, firstRow);
            duplicate(c, "email", c.email(), known, firstRow);
            out.add(new Checked(c.report().toRow(c.in().number(), c.in().values()),
                    c.report().hasErrors() ? null : c.draft()));
        }
        return out;
    }

    private record Clean(Input in, RowReport report, LeadDraft draft, String mobile, String email) {
    }

    private void duplicate(Clean c, String field, String value, Set<String> known, Map<String, Integer> firstRow) {
        if (value == null || c.report().hasError(field)) {
            return;
        }
        Integer first = firstRow.putIfAbsent(field + ":" + value, c.in().number());
        if (first != null) {
            c.report().error(field, "row.duplicateInFile", first);
        } else if (known.contains(value)) {
            c.report().hint("row.existingLead", texts.get(c.report().locale(), "col.lead." + field));
        }
    }

    /** @return the mobiles and (lower-case) e-mails of the file that a lead in the group already has */
    private Set<String> existing(List<Clean> rows) {
        List<String> values = new ArrayList<>();
        rows.forEach(c -> {
            if (c.mobile() != null) {
                values.add(c.mobile());
            }
            if (c.email() != null) {
                values.add(c.email());
            }
        });
        Set<String> out = new HashSet<>();
        for (int i = 0; i < values.size(); i += 500) {
            List<String> chunk = values.subList(i, Math.min(values.size(), i + 500));
            store.jpa().read(em -> em.createQuery("SELECT l.mobile, LOWER(l.email) FROM LeadEntity l "
                    + "WHERE l.mobile IN :v OR LOWER(l.email) IN :v", Object[].class).setParameter("v", chunk)
                    .getResultList()).forEach(r -> {
                        out.add((String) r[0]);
                        out.add((String) r[1]);
                    });
        }
        out.remove(null);
        return out;
    }
}
