package org.atrium.crm.web.internal.customer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.Tier;

/**
 * What the customer form holds, as typed. Blank text becomes {@code null} in the draft; the service
 * validates everything else (credit code check digit, lengths, duplicates) and reports per field
 * with the names of {@link CustomerDraft}'s components, which are also the keys of {@link #FIELDS}.
 * {@code classifications} holds the value code chosen per dimension shown (dimension code to value
 * code, {@code null} for none), or is {@code null} when the form shows no classification fields.
 */
public record CustomerForm(String name, String shortName, String creditCode, String industry, String province,
        String city, CustomerType type, String source, LifecycleStage lifecycle, Tier tier, String creditRating,
        Map<String, String> classifications) {

    public CustomerForm {
        classifications = classifications == null ? null
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classifications));
    }

    /** A form without classification fields. */
    public CustomerForm(String name, String shortName, String creditCode, String industry, String province,
            String city, CustomerType type, String source, LifecycleStage lifecycle, Tier tier, String creditRating) {
        this(name, shortName, creditCode, industry, province, city, type, source, lifecycle, tier, creditRating, null);
    }

    /** The service's field names, each the key of the label the form shows. */
    public static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "customer.field.name"),
            Map.entry("shortName", "customer.field.shortName"), Map.entry("creditCode", "customer.field.creditCode"),
            Map.entry("industry", "customer.field.industry"), Map.entry("province", "customer.field.province"),
            Map.entry("city", "customer.field.city"), Map.entry("type", "customer.field.type"),
            Map.entry("source", "customer.field.source"), Map.entry("lifecycle", "customer.field.lifecycle"),
            Map.entry("tier", "customer.field.tier"), Map.entry("creditRating", "customer.field.creditRating"));

    /** @return an empty form for a new enterprise customer */
    public static CustomerForm empty() {
        return new CustomerForm("", "", "", "", "", "", CustomerType.ENTERPRISE, "", null, null, "");
    }

    /** @return the form showing a customer */
    public static CustomerForm of(Customer c) {
        return new CustomerForm(c.name(), nz(c.shortName()), nz(c.creditCode()), nz(c.industry()), nz(c.province()),
                nz(c.city()), c.type(), nz(c.source()), c.lifecycle(), c.tier(), nz(c.creditRating()),
                c.classificationCodes());
    }

    /**
     * @param parentId the parent customer to keep (the form does not edit it), or {@code null}
     * @return the draft to send to the service
     */
    public CustomerDraft toDraft(Long parentId) {
        return new CustomerDraft(trim(name), trim(shortName), trim(creditCode), trim(industry), trim(province),
                trim(city), type, trim(source), lifecycle, tier, trim(creditRating), parentId, classifications);
    }

    static String trim(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
