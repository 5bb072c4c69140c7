package org.atrium.crm.api.customer;

import java.util.List;

/**
 * A dimension as an admin defines or edits it.
 *
 * @param code   required on {@link ClassificationService#define}: 1–30 letters, digits, {@code _} or
 *               {@code -}, unique in the group, stored in upper case; ignored by
 *               {@link ClassificationService#edit} (codes never change)
 * @param name   required, at most 50 characters, unique among the dimensions
 * @param values the allowed values in display order: at least one, at most 100, codes and names unique
 *               within the dimension. On {@link ClassificationService#edit} every existing value must be
 *               listed again (values are deactivated, never removed); new codes are added
 */
public record ClassificationDraft(String code, String name, List<ValueDraft> values) {

    public ClassificationDraft {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * One value of a draft.
     *
     * @param code 1–30 letters, digits, {@code _} or {@code -}, stored in upper case
     * @param name required, at most 50 characters
     */
    public record ValueDraft(String code, String name) {
    }
}
