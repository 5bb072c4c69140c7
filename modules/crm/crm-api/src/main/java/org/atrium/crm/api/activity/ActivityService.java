package org.atrium.crm.api.activity;

import java.util.List;

import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/** Activities; scoped by their own owner under {@code crm.activity.*}. */
@ProviderType
public interface ActivityService {

    /** Sortable by {@code occurredAt}, {@code nextStepDate}; default newest first. */
    List<Activity> search(UserContext caller, ActivityFilter filter, PageRequest page);

    /** @return the number of rows {@link #search} would return without paging */
    int count(UserContext caller, ActivityFilter filter);

    /** @throws org.atrium.platform.api.NotFoundException when unknown or outside the caller's scope */
    Activity get(UserContext caller, long activityId);

    /** Records an activity by the caller. */
    Activity create(UserContext caller, ActivityDraft draft);

    /** Changes an activity. */
    Activity update(UserContext caller, long activityId, ActivityDraft draft);

    /** Marks the next step of an activity done. */
    Activity completeNextStep(UserContext caller, long activityId);

    /** Deletes an activity. */
    void delete(UserContext caller, long activityId);
}
