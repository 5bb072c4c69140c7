package org.atrium.sample.links.internal;

import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Finds quick links by label from the portal's search box, for users who may see them. */
@Component(service = SearchProvider.class)
public class QuickLinksSearch implements SearchProvider {

    private final QuickLinksService links;
    private final AccessService access;

    @Activate
    public QuickLinksSearch(@Reference QuickLinksService links, @Reference AccessService access) {
        this.links = links;
        this.access = access;
    }

    @Override
    public String id() {
        return "sample.links";
    }

    @Override
    public String label(Locale locale) {
        return SampleText.MESSAGES.get(locale, "title");
    }

    @Override
    public List<SearchHit> search(UserContext user, String text, int limit) {
        if (!access.isPermitted(user, SampleText.VIEW_PERMISSION)) {
            return List.of();
        }
        return links.catalog().search(text, limit).stream()
                .map(l -> new SearchHit(l.label(user.locale()), l.target(), SampleText.VIEW_ID, null))
                .toList();
    }
}
