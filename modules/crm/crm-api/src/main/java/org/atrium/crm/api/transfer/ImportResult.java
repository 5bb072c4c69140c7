package org.atrium.crm.api.transfer;

import java.util.List;

/**
 * What a commit wrote.
 *
 * @param written the number of records created
 * @param failed  valid rows of the preview that the service still refused at write time (for example
 *                a customer someone else registered meanwhile), with the reason in {@link ImportRow#errors()}
 */
public record ImportResult(int written, List<ImportRow> failed) {

    public ImportResult {
        failed = List.copyOf(failed);
    }
}
