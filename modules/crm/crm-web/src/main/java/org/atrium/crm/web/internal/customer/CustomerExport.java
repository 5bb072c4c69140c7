package org.atrium.crm.web.internal.customer;

import org.atrium.shell.api.ui.Csv;

import java.util.List;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.web.internal.Directory;
import org.atrium.crm.web.internal.Labels;
import org.atrium.crm.web.internal.Texts;

/** The CSV export of the customer list under its current filter. */
final class CustomerExport {

    private CustomerExport() {
    }

    /** @return the CSV bytes with a localised header, one line per customer */
    static byte[] csv(Texts texts, Directory names, List<Customer> customers) {
        Labels labels = new Labels(texts);
        List<String> header = List.of(texts.get("customer.field.code"), texts.get("customer.field.name"),
                texts.get("customer.field.shortName"), texts.get("customer.field.creditCode"),
                texts.get("customer.field.province"), texts.get("customer.field.city"),
                texts.get("customer.field.industry"), texts.get("customer.field.type"),
                texts.get("customer.field.lifecycle"), texts.get("customer.field.tier"),
                texts.get("customer.field.owner"), texts.get("customer.field.unit"));
        List<List<String>> rows = customers.stream().map(c -> List.of(c.code(), c.name(), nz(c.shortName()),
                nz(c.creditCode()), nz(c.province()), nz(c.city()), nz(c.industry()), labels.of(c.type()),
                labels.of(c.lifecycle()), c.tier() == null ? "" : c.tier().name(), names.user(c.ownerUserId()),
                names.unit(c.ownerUnitId()))).toList();
        return Csv.write(header, rows);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
