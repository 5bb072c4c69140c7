package org.atrium.platform.admin.internal.users;

import org.atrium.shell.api.ui.Csv;

import java.util.List;

import org.atrium.platform.admin.internal.Texts;
import org.atrium.platform.api.identity.UserSummary;

/** The CSV export of the user list. */
final class UserExport {

    private UserExport() {
    }

    /** @return the CSV with a localised header, one line per user */
    static byte[] csv(Texts texts, List<UserSummary> users) {
        List<String> header = List.of(texts.get("user.column.login"), texts.get("user.column.name"),
                texts.get("user.column.unit"), texts.get("user.column.position"), texts.get("user.column.mobile"),
                texts.get("user.column.email"), texts.get("user.column.status"));
        List<List<String>> rows = users.stream().map(u -> List.of(u.login(), u.displayName(), nz(u.unitName()),
                nz(u.positionName()), nz(u.mobile()), nz(u.email()), status(texts, u))).toList();
        return Csv.write(header, rows);
    }

    /** @return 启用 or 停用 */
    static String status(Texts texts, UserSummary user) {
        return texts.get(user.enabled() ? "user.status.enabled" : "user.status.disabled");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
