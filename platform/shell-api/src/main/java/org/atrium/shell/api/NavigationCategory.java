package org.atrium.shell.api;

import java.util.Locale;

import com.vaadin.server.Resource;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A group of entries in the left navigation, e.g. 客户关系 or 系统管理. The platform registers the
 * common ones ({@link #HOME}, {@link #CRM}, {@link #OFFICE}, {@link #HR}, {@link #FINANCE},
 * {@link #ADMIN}); a vendor may add its own. A category without a visible view is not shown.
 */
@ConsumerType
public interface NavigationCategory {

    /** 工作台: the dashboard and personal pages. */
    String HOME = "home";
    /** 客户关系: CRM. */
    String CRM = "crm";
    /** 协同办公: documents, workflow, announcements. */
    String OFFICE = "office";
    /** 人力资源. */
    String HR = "hr";
    /** 财务. */
    String FINANCE = "finance";
    /** 系统管理: administration. */
    String ADMIN = "admin";

    /** @return a stable id that views refer to */
    String id();

    /** @return the heading in the navigation */
    String title(Locale locale);

    /** @return an icon, e.g. a {@code VaadinIcons} value, or {@code null} */
    Resource icon();

    /** @return position among categories, lower first */
    int order();
}
