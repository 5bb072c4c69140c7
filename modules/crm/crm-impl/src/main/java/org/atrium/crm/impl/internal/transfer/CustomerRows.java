package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.customer.CustomerRules;
import org.atrium.crm.impl.internal.match.NameKeys;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.platform.api.identity.UserContext;

/**
 * Customer rows: {@link CustomerRules} (the service's own validation), then the group-wide duplicate
 * check of {@link CustomerService#checkDuplicates} — a certain match (same credit code or name) is an
 * error because the service would refuse it, a similar name a hint — and the same keys against earlier
 * rows of the file.
 */
final class CustomerRows implements RowChecker {

    private final CustomerService customers;
    private final Texts crmTexts;
    private final TransferTexts texts;
    private final Pinyin pinyin;

    CustomerRows(CustomerService customers, Texts crmTexts, TransferTexts texts, Pinyin pinyin) {
        this.customers = customers;
        this.crmTexts = crmTexts;
        this.texts = texts;
        this.pinyin = pinyin;
    }

    @Override
    public List<Checked> check(UserContext caller, List<Input> rows) {
        Locale locale = caller.locale();
        Map<String, Integer> seenCodes = new HashMap<>();
        Map<String, Integer> seenNames = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (Input in : rows) {
            RowReport report = new RowReport(texts, locale, ImportKind.CUSTOMER);
            CustomerType type = report.enumValue("type", CustomerType.class, "customerType", in.get("type"));
            LifecycleStage lifecycle = report.enumValue("lifecycle", LifecycleStage.class, "lifecycle",
                    in.get("lifecycle"));
            Tier tier = report.enumValue("tier", Tier.class, "tier", in.get("tier"));
            CustomerDraft draft = new CustomerDraft(in.get("name"), in.get("shortName"), in.get("creditCode"),
                    in.get("industry"), in.get("province"), in.get("city"), type, in.get("source"), lifecycle, tier,
                    in.get("creditRating"), null);
            Fields fields = new Fields(crmTexts, locale);
            CustomerRules.Clean clean = CustomerRules.validate(draft, fields);
            report.absorb(fields);
            if (clean.creditCode() != null && !report.hasError("creditCode")) {
                Integer first = seenCodes.putIfAbsent(clean.creditCode(), in.number());
                if (first != null) {
                    report.error("creditCode", "row.duplicateInFile", first);
                }
            }
            if (clean.name() != null && !report.hasError("name")) {
                NameKeys keys = NameKeys.of(clean.name(), pinyin);
                Integer first = seenNames.get(keys.normalised());
                first = first != null ? first : seenNames.get(keys.core());
                if (first != null) {
                    report.error("name", "row.duplicateInFile", first);
                }
                seenNames.putIfAbsent(keys.normalised(), in.number());
                seenNames.putIfAbsent(keys.core(), in.number());
            }
            if (!report.hasError("name") && !report.hasError("creditCode") && clean.name() != null) {
                checkGroup(caller, report, clean);
            }
            out.add(new Checked(report.toRow(in.number(), in.values()), report.hasErrors() ? null : draft));
        }
        return out;
    }

    private void checkGroup(UserContext caller, RowReport report, CustomerRules.Clean clean) {
        List<DuplicateMatch> matches = customers.checkDuplicates(caller, clean.name(), clean.creditCode(), null);
        for (DuplicateMatch m : matches) {
            if (m.isCertain()) {
                String field = m.reason() == org.atrium.crm.api.customer.DuplicateReason.CREDIT_CODE ? "creditCode"
                        : "name";
                report.error(field, "row.duplicateCustomer", m.holderCompany(), m.holderOwnerName());
                return;
            }
        }
        if (!matches.isEmpty()) {
            report.hint("row.similarCustomer", matches.get(0).holderCompany(), matches.get(0).holderOwnerName());
        }
    }
}
