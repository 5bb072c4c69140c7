package org.atrium.crm.api.transfer;

import java.util.List;

/**
 * One data row of an import file as the preview judged it.
 *
 * @param rowNumber      the row number in the file as a spreadsheet shows it (the header is row 1)
 * @param values         the cell values in the order of {@link ImportPreview#columns()}, blank as {@code ""}
 * @param errors         localised messages, each naming its column; a row with errors is not written
 * @param duplicateHints localised hints about similar records (in the group or earlier in the file) that
 *                       do not block the row
 */
public record ImportRow(int rowNumber, List<String> values, List<String> errors, List<String> duplicateHints) {

    public ImportRow {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
        duplicateHints = List.copyOf(duplicateHints);
    }

    /** @return whether the row would be written by a commit */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
