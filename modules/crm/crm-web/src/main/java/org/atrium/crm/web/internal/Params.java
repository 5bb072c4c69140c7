package org.atrium.crm.web.internal;

import java.util.OptionalLong;

/** Reads the record id of a detail view from its URL parameter ({@code #!crm/customer/42}). */
public final class Params {

    private Params() {
    }

    /** @return the positive id in the parameter, empty when there is none or it is not a number */
    public static OptionalLong id(String parameter) {
        if (parameter == null) {
            return OptionalLong.empty();
        }
        String first = parameter.strip();
        int slash = first.indexOf('/');
        if (slash >= 0) {
            first = first.substring(0, slash);
        }
        try {
            long id = Long.parseLong(first);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
