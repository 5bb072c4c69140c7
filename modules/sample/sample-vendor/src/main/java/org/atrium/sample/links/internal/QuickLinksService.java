package org.atrium.sample.links.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the current link catalog; edit {@code etc/org.atrium.sample.links.cfg} to change it. */
@Component(service = QuickLinksService.class, configurationPid = "org.atrium.sample.links")
@Designate(ocd = QuickLinksService.Config.class)
public class QuickLinksService {

    private static final Logger LOG = LoggerFactory.getLogger(QuickLinksService.class);

    /** The configuration of the quick links. */
    @ObjectClassDefinition(name = "Atrium quick links (sample vendor bundle)")
    public @interface Config {
        @AttributeDefinition(description = "Entries 中文名|English name|target, target http(s):// or #!view")
        String[] links() default {"通讯录|Directory|#!office/directory", "公告|Announcements|#!office/notices"};
    }

    private volatile LinkCatalog catalog = LinkCatalog.parse(new String[0]);

    @Activate
    @Modified
    void configure(Config config) {
        LinkCatalog parsed = LinkCatalog.parse(config.links());
        parsed.problems().forEach(p -> LOG.warn("Quick link ignored: {}", p));
        catalog = parsed;
    }

    LinkCatalog catalog() {
        return catalog;
    }
}
