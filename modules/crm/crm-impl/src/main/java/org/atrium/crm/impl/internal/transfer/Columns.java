package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.impl.internal.customer.Classifications;

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

    /**
     * The column of a customer classification dimension (客户分类) in an import file.
     *
     * @param field     {@code classifications.<dimension code>}, the field the customer service reports
     *                  the dimension's errors under
     * @param dimension the dimension
     * @param index     the column's index in the header
     */
    record DimensionColumn(String field, ClassificationDimension dimension, int index) {
    }

    /**
     * Finds the columns of the classification dimensions: a column is headed by the dimension's name (as
     * the export writes it; marks like "*" or "(required)" and case ignored) or else by its code. Columns
     * a field of {@link #fields} took are skipped, so an export whose dimension is named like a fixed
     * column (e.g. 行业) still reads back; for a dimension named like a column the export writes but the
     * import does not read (客户编码, 负责人, 归属单位), the second matching column is taken when there is one.
     *
     * @param taken the column indexes {@link #match} assigned to fields
     * @return one column per dimension found, in the dimensions' order
     */
    static List<DimensionColumn> matchDimensions(TransferTexts texts, List<ClassificationDimension> dimensions,
            List<String> header, Collection<Integer> taken) {
        Set<String> exportOnly = new HashSet<>();
        for (String f : List.of("code", "owner", "unit")) {
            for (Locale l : TransferTexts.LANGUAGES) {
                exportOnly.add(normal(texts.get(l, key(ImportKind.CUSTOMER, f))));
            }
        }
        Set<Integer> used = new HashSet<>(taken);
        Map<String, Integer> found = new HashMap<>();
        // names first, so that a code never takes the column of another dimension's name
        for (boolean byName : new boolean[] {true, false}) {
            for (ClassificationDimension d : dimensions) {
                Integer index = found.containsKey(d.code()) ? null
                        : find(header, used, exportOnly, normal(byName ? d.name() : d.code()));
                if (index != null) {
                    used.add(index);
                    found.put(d.code(), index);
                }
            }
        }
        return dimensions.stream().filter(d -> found.containsKey(d.code()))
                .map(d -> new DimensionColumn(Classifications.FIELD + d.code(), d, found.get(d.code()))).toList();
    }

    private static Integer find(List<String> header, Set<Integer> used, Set<String> exportOnly, String label) {
        if (label.isEmpty()) {
            return null;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && normal(header.get(i)).equals(label)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        // the export writes its own column with such a label before the dimensions' columns
        return exportOnly.contains(label) && candidates.size() > 1 ? candidates.get(1) : candidates.get(0);
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
