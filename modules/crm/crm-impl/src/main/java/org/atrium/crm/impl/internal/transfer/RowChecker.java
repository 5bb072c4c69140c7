package org.atrium.crm.impl.internal.transfer;

import java.util.List;
import java.util.Map;

import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.platform.api.identity.UserContext;

/** Checks the rows of one import kind with the rules of its service; writes nothing. */
interface RowChecker {

    /** One data row: its number in the file and its values by field name ({@code ""} when blank). */
    record Input(int number, List<String> values, Map<String, String> fields) {

        String get(String field) {
            return fields.getOrDefault(field, "");
        }
    }

    /**
     * The verdict on a row.
     *
     * @param draft what the service's create takes ({@code CustomerDraft}, {@code ContactDraft},
     *              {@code LeadDraft}); {@code null} when the row has errors
     */
    record Checked(ImportRow row, Object draft) {
    }

    /** @return one verdict per input, in order; duplicates are checked within the list and against the group */
    List<Checked> check(UserContext caller, List<Input> rows);
}
