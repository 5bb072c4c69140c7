package org.atrium.platform.api.search;

import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A whiteboard service that answers the portal's search box for one kind of record. Results must
 * respect the user's data scope.
 */
@ConsumerType
public interface SearchProvider {

    /** @return a stable id, e.g. {@code crm.customer} */
    String id();

    /** @return the heading of this provider's results, e.g. 客户 */
    String label(Locale locale);

    /** @return the best hits for the text, at most {@code limit} */
    List<SearchHit> search(UserContext user, String text, int limit);
}
