package org.atrium.platform.web.internal.nav;

import java.util.Locale;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.server.Resource;
import org.atrium.platform.web.internal.ShellText;
import org.atrium.shell.api.NavigationCategory;
import org.osgi.service.component.annotations.Component;

/**
 * The navigation categories the platform registers itself. Each is its own small DS component so
 * that they are services like any vendor's category; titles come from {@code category.<id>}.
 */
abstract class PlatformCategory implements NavigationCategory {

    private final String id;
    private final VaadinIcons icon;
    private final int order;

    PlatformCategory(String id, VaadinIcons icon, int order) {
        this.id = id;
        this.icon = icon;
        this.order = order;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return ShellText.get(locale, "category." + id);
    }

    @Override
    public Resource icon() {
        return icon;
    }

    @Override
    public int order() {
        return order;
    }

    /** 工作台. */
    @Component(service = NavigationCategory.class)
    public static final class Home extends PlatformCategory {
        public Home() {
            super(HOME, VaadinIcons.HOME, 10);
        }
    }

    /** 客户关系. */
    @Component(service = NavigationCategory.class)
    public static final class Crm extends PlatformCategory {
        public Crm() {
            super(CRM, VaadinIcons.USERS, 20);
        }
    }

    /** 协同办公. */
    @Component(service = NavigationCategory.class)
    public static final class Office extends PlatformCategory {
        public Office() {
            super(OFFICE, VaadinIcons.BRIEFCASE, 30);
        }
    }

    /** 人力资源. */
    @Component(service = NavigationCategory.class)
    public static final class Hr extends PlatformCategory {
        public Hr() {
            super(HR, VaadinIcons.USER_CARD, 40);
        }
    }

    /** 财务. */
    @Component(service = NavigationCategory.class)
    public static final class Finance extends PlatformCategory {
        public Finance() {
            super(FINANCE, VaadinIcons.MONEY, 50);
        }
    }

    /** 系统管理. */
    @Component(service = NavigationCategory.class)
    public static final class Admin extends PlatformCategory {
        public Admin() {
            super(ADMIN, VaadinIcons.COGS, 90);
        }
    }
}
