package org.atrium.crm.web.internal.transfer;

import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.api.transfer.ImportService;

/** What the import dialog says about a preview, a row and a result; no Vaadin types, unit-tested. */
final class ImportLogic {

    static final String ERROR_STYLE = "crm-import-error";
    static final String HINT_STYLE = "crm-import-hint";

    private final TransferTexts texts;

    ImportLogic(TransferTexts texts) {
        this.texts = texts;
    }

    /** @return the help under the upload button; for customers also how the classification columns are filled */
    String hint(ImportKind kind) {
        String hint = texts.get("import.hint", ImportService.MAX_BYTES / 1024 / 1024, ImportService.MAX_ROWS);
        return kind == ImportKind.CUSTOMER ? hint + " " + texts.get("import.hint.classifications") : hint;
    }

    String summary(ImportPreview p) {
        return texts.get("import.summary", p.fileName(), p.totalRows(), p.validRows(), p.errorRows(),
                p.rowsWithDuplicateHints());
    }

    String status(ImportRow row) {
        if (!row.isValid()) {
            return texts.get("import.status.error");
        }
        return row.duplicateHints().isEmpty() ? texts.get("import.status.ok") : texts.get("import.status.hint");
    }

    /** @return the grid style of a row: errors red, hints amber, else none */
    static String style(ImportRow row) {
        if (!row.isValid()) {
            return ERROR_STYLE;
        }
        return row.duplicateHints().isEmpty() ? null : HINT_STYLE;
    }

    String commitCaption(ImportPreview p) {
        return texts.get("import.commit", p.validRows());
    }

    String result(ImportResult r) {
        return r.failed().isEmpty() ? texts.get("import.done", r.written())
                : texts.get("import.doneWithFailures", r.written(), r.failed().size());
    }

    String progress(int done, int total) {
        return texts.get("import.progress", done, total);
    }

    static String joined(java.util.List<String> messages) {
        return String.join("；", messages);
    }
}
