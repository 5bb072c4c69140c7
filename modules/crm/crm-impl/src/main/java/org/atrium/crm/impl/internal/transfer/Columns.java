package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.transfer.ImportKind;

/**
 * The import columns of each kind, matched against a header row by their Chinese or English label
 * (or their key). Field names are the ones the services report errors under.
 */
final class Columns {

    private static final Map<ImportKind, List<String>> FIELDS = Map.of(
            ImportKind.CUSTOMER, List.of("name", "shortName", "creditCode", "type", "industry", "province", "city",
                    "source", "lifecycle", "tier", "creditRating"),
            ImportKind.CONTACT, List.of("customer", "name", "title", "department", "decisionRole", "mobile", "phone",
                    "email", "relationship", "note"),
            ImportKind.LEAD, List.of("companyName", "contactName", "mobile", "email", "province", "city", "industry",
                    "channel", "description"));

    private static final Map<ImportKind, Set<String>> REQUIRED = Map.of(ImportKind.CUSTOMER, Set.of("name"),
            ImportKind.CONTACT, Set.of("customer", "name"), ImportKind.LEAD, Set.of("contactName"));

    private Columns() {
    }

    /** @return the field names of the kind, in template order */
    static List<String> fields(ImportKind kind) {
        return FIELDS.get(kind);
    }

    /** @return the fields whose column must be present in the header */
    static Set<String> requiredColumns(ImportKind kind) {
        return REQUIRED.get(kind);
    }

    /** @return the message key of a field's label */
    static String key(ImportKind kind, String field) {
        return "col." + kind.name().toLowerCase(Locale.ROOT) + "." + field;
    }

    /** @return the localised labels of the kind's fields, in template order */
    static List<String> labels(TransferTexts texts, Locale locale, ImportKind kind) {
        return fields(kind).stream().map(f -> texts.get(locale, key(kind, f))).toList();
    }

    /**
     * @return for each field found in the header, the index of its column; unknown headers are ignored,
     *         the first column with a label wins
     */
    static Map<String, Integer> match(TransferTexts texts, ImportKind kind, List<String> header) {
        Map<String, String> byLabel = new HashMap<>();
        for (String f : fields(kind)) {
            byLabel.put(normal(f), f);
            for (Locale l : TransferTexts.LANGUAGES) {
                byLabel.put(normal(texts.get(l, key(kind, f))), f);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String f = byLabel.get(normal(header.get(i)));
            if (f != null) {
                out.putIfAbsent(f, i);
            }
        }
        return out;
    }

    /** A header written "客户名称*" or "Name (required)" still matches. */
    private static String normal(String label) {
        return label.replaceAll("[\\s*＊]|\\(.*\\)|（.*）", "").toLowerCase(Locale.ROOT);
    }

    /** @return the cell values of a line in template order, {@code ""} for absent columns */
    static List<String> values(ImportKind kind, Map<String, Integer> index, Table.Line line) {
        List<String> out = new ArrayList<>();
        for (String f : fields(kind)) {
            Integer i = index.get(f);
            out.add(i == null ? "" : line.cell(i));
        }
        return out;
    }
}
