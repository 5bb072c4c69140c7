package org.atrium.platform.admin.internal;

import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.DataScope;

/** Localised names of the platform's enums and captions of org units in pickers. */
public final class Labels {

    private static final String INDENT = "\u3000";

    private final Texts texts;

    public Labels(Texts texts) {
        this.texts = texts;
    }

    /** @return e.g. 子公司 */
    public String unitType(OrgUnitType type) {
        return type == null ? "" : texts.get("unitType." + type.name());
    }

    /** @return e.g. 本部门及以下 */
    public String scope(DataScope scope) {
        return scope == null ? "" : texts.get("scope." + scope.name());
    }

    /** @return the unit's name indented by its depth, so a flat list reads as the tree */
    public static String indented(OrgUnit unit) {
        return INDENT.repeat(Math.max(0, unit.depth())) + unit.name();
    }
}
