package org.atrium.crm.api.transfer;

import java.time.Instant;
import java.util.List;

/**
 * The result of reading and checking an import file, before anything is written.
 *
 * @param id        pass to {@link ImportService#commit} or {@link ImportService#discard}; valid for the
 *                  user who made the preview until {@code expiresAt}
 * @param kind      what the file imports
 * @param fileName  the uploaded file's name
 * @param columns   the localised column headers, in the order of {@link ImportRow#values()}
 * @param rows      every data row (blank lines left out), in file order
 * @param expiresAt when the preview is forgotten
 */
public record ImportPreview(String id, ImportKind kind, String fileName, List<String> columns, List<ImportRow> rows,
        Instant expiresAt) {

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @return the number of data rows */
    public int totalRows() {
        return rows.size();
    }

    /** @return the number of rows a commit would write */
    public int validRows() {
        return (int) rows.stream().filter(ImportRow::isValid).count();
    }

    /** @return the number of rows with errors */
    public int errorRows() {
        return totalRows() - validRows();
    }

    /** @return the number of rows with duplicate hints (valid or not) */
    public int rowsWithDuplicateHints() {
        return (int) rows.stream().filter(r -> !r.duplicateHints().isEmpty()).count();
    }
}
