package org.atrium.crm.impl.internal.demo;

import static org.atrium.crm.api.CrmPermissions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;

/**
 * Which CRM permissions each demo role gets, with the data scope the role already stands for:
 * 集团管理层 the whole group, 子公司总经理 the company, 部门经理 the department and below, 部门主管 the
 * department, 普通员工 their own records, 区域督导 the units of its custom scope.
 */
final class DemoGrants {

    private static final List<String> EMPLOYEE = List.of(CUSTOMER_VIEW, CUSTOMER_CREATE, CUSTOMER_EDIT,
            CONTACT_VIEW, CONTACT_CREATE, CONTACT_EDIT, LEAD_VIEW, LEAD_CREATE, LEAD_EDIT,
            OPPORTUNITY_VIEW, OPPORTUNITY_CREATE, OPPORTUNITY_EDIT, ACTIVITY_VIEW, ACTIVITY_CREATE, ACTIVITY_EDIT,
            ACTIVITY_DELETE);
    private static final List<String> SUPERVISOR = List.of(CUSTOMER_VIEW, CUSTOMER_CREATE, CUSTOMER_EDIT,
            CUSTOMER_EXPORT, CONTACT_VIEW, CONTACT_CREATE, CONTACT_EDIT, CONTACT_EXPORT, LEAD_VIEW, LEAD_CREATE,
            LEAD_EDIT, LEAD_EXPORT, LEAD_ASSIGN, OPPORTUNITY_VIEW, OPPORTUNITY_CREATE, OPPORTUNITY_EDIT,
            OPPORTUNITY_EXPORT, ACTIVITY_VIEW, ACTIVITY_CREATE, ACTIVITY_EDIT, ACTIVITY_DELETE);
    private static final List<String> VIEWER = List.of(CUSTOMER_VIEW, CUSTOMER_EXPORT, CONTACT_VIEW, LEAD_VIEW,
            OPPORTUNITY_VIEW, ACTIVITY_VIEW);

    private DemoGrants() {
    }

    /**
     * @param roleCode the demo role's code
     * @param existing the role's grants now
     * @return the grants with the CRM ones of the role replaced, or {@code null} when the role is
     *         not one of the demo roles
     */
    static List<Grant> withCrmGrants(String roleCode, List<Grant> existing) {
        List<Grant> out = new ArrayList<>();
        Set<Long> custom = new HashSet<>();
        for (Grant g : existing) {
            if (!g.permission().startsWith(CrmPermissions.GROUP + ".")) {
                out.add(g);
            }
            if (g.scope() == DataScope.CUSTOM) {
                custom.addAll(g.customUnitIds());
            }
        }
        List<String> permissions;
        DataScope scope;
        switch (roleCode) {
            case "GROUP_EXEC" -> {
                permissions = CrmPermissions.all();
                scope = DataScope.GROUP;
            }
            case "SUB_GM" -> {
                permissions = CrmPermissions.all().stream()
                        .filter(p -> !p.equals(PIPELINE_MANAGE) && !p.equals(CLASSIFICATION_MANAGE)).toList();
                scope = DataScope.COMPANY;
            }
            case "DEPT_MANAGER" -> {
                permissions = CrmPermissions.all().stream()
                        .filter(p -> !p.equals(PIPELINE_MANAGE) && !p.equals(CUSTOMER_MERGE)
                                && !p.equals(CLASSIFICATION_MANAGE)).toList();
                scope = DataScope.DEPARTMENT_AND_BELOW;
            }
            case "DEPT_SUPERVISOR" -> {
                permissions = SUPERVISOR;
                scope = DataScope.DEPARTMENT;
            }
            case "EMPLOYEE" -> {
                permissions = EMPLOYEE;
                scope = DataScope.OWN;
            }
            case "REGIONAL_SUPERVISOR" -> {
                if (custom.isEmpty()) {
                    return null;
                }
                permissions = VIEWER;
                scope = DataScope.CUSTOM;
            }
            default -> {
                return null;
            }
        }
        for (String p : permissions) {
            out.add(new Grant(p, scope, scope == DataScope.CUSTOM ? custom : Set.of()));
        }
        return out;
    }
}
