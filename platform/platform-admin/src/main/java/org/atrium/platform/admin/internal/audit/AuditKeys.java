package org.atrium.platform.admin.internal.audit;

import java.util.List;

/** Message keys of the action filter's choices. */
public final class AuditKeys {

    private AuditKeys() {
    }

    /** @return e.g. {@code audit.action.login} for {@code login.} */
    static String actionKey(String prefix) {
        return "audit.action." + prefix.replace(".", "");
    }

    /** @return the keys of every offered action prefix */
    public static List<String> actionKeys() {
        return AuditLogic.ACTION_PREFIXES.stream().map(AuditKeys::actionKey).toList();
    }
}
