package org.atrium.platform.api.todo;

import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A whiteboard service through which a module lists what waits for a user: approvals, overdue
 * leads, due follow-ups. The shell adds the counts into the top-bar badge and shows the items in
 * the "我的待办" portlet. Implementations must be fast (a count query) and respect data scope.
 */
@ConsumerType
public interface TodoProvider {

    /** @return a stable id, e.g. {@code crm.overdue-leads} */
    String id();

    /** @return the name of this kind of to-do, e.g. 逾期线索 */
    String label(Locale locale);

    /** @return how many items wait for the user */
    int count(UserContext user);

    /** @return the most urgent items, at most {@code limit} */
    List<TodoItem> items(UserContext user, int limit);
}
