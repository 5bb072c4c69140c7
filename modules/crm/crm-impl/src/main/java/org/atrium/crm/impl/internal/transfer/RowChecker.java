package org.atrium.crm.impl.internal.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.platform.api.identity.UserContext;

/** Checks the rows of one import kind with the rules of its service; writes nothing. */
interface RowChecker {

    /**
     * One data row: its number in the file, its values in preview order and by field name ({@code ""}
     * when blank; every fixed field is there, an {@link ExtraColumn}'s field only when the file has it).
     */
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

    /**
     * A column beyond the kind's fixed {@link Columns#fields}, e.g. a customer classification dimension.
     *
     * @param field the field its value comes under in {@link Input#fields()} and its errors are reported under
     * @param label the column's localised header in the preview
     * @param index the column's index in the file
     */
    record ExtraColumn(String field, String label, int index) {
    }

    /**
     * @param header the file's header row
     * @param taken  the column indexes the fixed fields took
     * @return the further columns of this kind the header holds, in preview order; none by default
     */
    default List<ExtraColumn> extraColumns(List<String> header, Collection<Integer> taken) {
        return List.of();
    }

    /** @return the headers of the further columns the kind's template offers after the fixed ones; none by default */
    default List<String> extraTemplateColumns() {
        return List.of();
    }

    /** @return one verdict per input, in order; duplicates are checked within the list and against the group */
    List<Checked> check(UserContext caller, List<Input> rows);
}
