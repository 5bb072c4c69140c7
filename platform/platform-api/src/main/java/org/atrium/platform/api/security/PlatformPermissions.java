package org.atrium.platform.api.security;

/** The permissions the platform itself declares. */
public final class PlatformPermissions {

    /** Open the administration area. */
    public static final String ADMIN = "platform.admin";
    /** Edit the org tree and positions. */
    public static final String ORG_MANAGE = "platform.org.manage";
    /** Create, edit, disable users, reset passwords (scoped: which users). */
    public static final String USER_MANAGE = "platform.user.manage";
    /** Create and edit roles. */
    public static final String ROLE_MANAGE = "platform.role.manage";
    /** Read the audit log. */
    public static final String AUDIT_VIEW = "platform.audit.view";
    /** Search the directory (scoped: which users are listed). */
    public static final String DIRECTORY_VIEW = "platform.directory.view";
    /** Post and withdraw announcements. */
    public static final String NOTICE_MANAGE = "platform.notice.manage";
    /** Lay out dashboards for roles and subsidiaries. */
    public static final String PORTAL_MANAGE = "platform.portal.manage";

    private PlatformPermissions() {
    }
}
