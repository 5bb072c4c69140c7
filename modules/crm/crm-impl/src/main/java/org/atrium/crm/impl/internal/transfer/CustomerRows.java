package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.customer.Classifications;
import org.atrium.crm.impl.internal.customer.CustomerRules;
import org.atrium.crm.impl.internal.match.NameKeys;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.platform.api.identity.UserContext;

/**
 * Customer rows: {@link CustomerRules} (the service's own validation), then the group-wide duplicate
 * check of {@link CustomerService#checkDuplicates} — a certain match (same credit code or name) is an
 * error because the service would refuse it, a similar name a hint — and the same keys against earlier
 * rows of the file. The columns of the classification dimensions (客户分类, {@link Columns#matchDimensions})
 * are read too: a cell names an active value of an active dimension by its name or code, blank for none.
 */
final class CustomerRows implements RowChecker {

    private final CustomerService customers;
    private final CrmStore store;
    private final Texts crmTexts;
    private final TransferTexts texts;
    private final Pinyin pinyin;

    CustomerRows(CustomerService customers, CrmStore store, Texts crmTexts, TransferTexts texts, Pinyin pinyin) {
        this.customers = customers;
        this.store = store;
        this.crmTexts = crmTexts;
        this.texts = texts;
        this.pinyin = pinyin;
    }

    @Override
    public List<ExtraColumn> extraColumns(List<String> header, Collection<Integer> taken) {
        return Columns.matchDimensions(texts, dimensions(), header, taken).stream()
                .map(c -> new ExtraColumn(c.field(), c.dimension().name(), c.index())).toList();
    }

    /** The template offers the dimensions a value can be chosen in. */
    @Override
    public List<String> extraTemplateColumns() {
        return dimensions().stream().filter(ClassificationDimension::active).map(ClassificationDimension::name)
                .toList();
    }

    private List<ClassificationDimension> dimensions() {
        return store.jpa().read(Classifications::dimensions);
    }

    @Override
    public List<Checked> check(UserContext caller, List<Input> rows) {
        Locale locale = caller.locale();
        Map<String, ClassificationDimension> dimensions = new LinkedHashMap<>();
        if (rows.stream().anyMatch(r -> r.fields().keySet().stream()
                .anyMatch(f -> f.startsWith(Classifications.FIELD)))) {
            dimensions().forEach(d -> dimensions.put(Classifications.FIELD + d.code(), d));
        }
        Map<String, String> labels = new HashMap<>();
        dimensions.forEach((field, d) -> labels.put(field, d.name()));
        Map<String, Integer> seenCodes = new HashMap<>();
        Map<String, Integer> seenNames = new HashMap<>();
        List<Checked> out = new ArrayList<>();
        for (Input in : rows) {
            RowReport report = new RowReport(texts, locale, ImportKind.CUSTOMER, labels);
            CustomerType type = report.enumValue("type", CustomerType.class, "customerType", in.get("type"));
            LifecycleStage lifecycle = report.enumValue("lifecycle", LifecycleStage.class, "lifecycle",
                    in.get("lifecycle"));
            Tier tier = report.enumValue("tier", Tier.class, "tier", in.get("tier"));
            CustomerDraft draft = new CustomerDraft(in.get("name"), in.get("shortName"), in.get("creditCode"),
                    in.get("industry"), in.get("province"), in.get("city"), type, in.get("source"), lifecycle, tier,
                    in.get("creditRating"), null);
            Map<String, String> classes = classifications(report, in, dimensions);
            draft = draft.withClassifications(classes.isEmpty() ? null : classes);
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

    /**
     * @return dimension code to value code for the row's non-blank classification cells that name an
     *         active value of an active dimension (by name, else by code; blanks and case ignored); records
     *         an error for the others, as the customer service would refuse them
     */
    private static Map<String, String> classifications(RowReport report, Input in,
            Map<String, ClassificationDimension> dimensions) {
        Map<String, String> out = new LinkedHashMap<>();
        dimensions.forEach((field, d) -> {
            String text = in.fields().get(field);
            if (text == null || text.isBlank()) {
                return;
            }
            String t = text.strip();
            ClassificationValue v = d.values().stream().filter(x -> x.name().strip().equalsIgnoreCase(t))
                    .findFirst().orElseGet(() -> d.value(Classifications.code(t)));
            if (!d.active()) {
                report.error(field, "row.classificationDimensionInactive", t, d.name());
            } else if (v == null) {
                report.error(field, "row.classificationUnknown", t, d.name(), d.activeValues().stream()
                        .map(ClassificationValue::name).collect(Collectors.joining("、")));
            } else if (!v.active()) {
                report.error(field, "row.classificationInactive", v.name(), d.name());
            } else {
                out.put(d.code(), v.code());
            }
        });
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
