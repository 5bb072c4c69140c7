package org.atrium.crm.web.internal;

import java.util.HashMap;
import java.util.Map;

import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;

/**
 * Names of users and org units for the owner columns of one view, cached for the view's life (a
 * grid asks for the same owners on every row). Unknown ids show as {@code #id}.
 */
public final class Directory {

    private final UserService users;
    private final OrgService org;
    private final Map<Long, String> userNames = new HashMap<>();
    private final Map<Long, String> unitNames = new HashMap<>();
    private final Map<Long, String> companyNames = new HashMap<>();

    public Directory(UserService users, OrgService org) {
        this.users = users;
        this.org = org;
    }

    /** @return the user's display name */
    public String user(long userId) {
        return userNames.computeIfAbsent(userId,
                id -> users.summary(id).map(UserSummary::displayName).orElse("#" + id));
    }

    /** @return the unit's name */
    public String unit(long unitId) {
        return unitNames.computeIfAbsent(unitId, id -> org.unit(id).map(OrgUnit::name).orElse("#" + id));
    }

    /** @return the name of the company (subsidiary or branch) the unit belongs to */
    public String company(long unitId) {
        return companyNames.computeIfAbsent(unitId, id -> {
            OrgUnit company = org.companyOf(id);
            return company == null ? "#" + id : company.name();
        });
    }

    /** @return the org service, for unit pickers */
    public OrgService org() {
        return org;
    }

    /** @return the user service, for user pickers */
    public UserService users() {
        return users;
    }
}
