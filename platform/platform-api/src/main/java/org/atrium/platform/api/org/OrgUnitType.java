package org.atrium.platform.api.org;

/** The kind of an org unit. The root of the tree is the one {@link #GROUP}. */
public enum OrgUnitType {
    /** 集团: the root of the tree, the group itself. Its direct departments are headquarters. */
    GROUP,
    /** 子公司: a legal entity owned by the group. */
    SUBSIDIARY,
    /** 分公司 / 分支机构: a branch of the group or of a subsidiary. */
    BRANCH,
    /** 部门: a department inside a company or inside another department. */
    DEPARTMENT;

    /**
     * @return whether a unit of this type is a company for the data scope
     *         {@link org.atrium.platform.api.security.DataScope#COMPANY}
     */
    public boolean isCompany() {
        return this != DEPARTMENT;
    }
}
