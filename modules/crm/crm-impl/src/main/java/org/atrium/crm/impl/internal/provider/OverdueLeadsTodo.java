package org.atrium.crm.impl.internal.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.persistence.LeadEntity;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 逾期线索: the user's own leads that are still new after their follow-up deadline. Only the owner's
 * own records are listed, so no wider scope is involved.
 */
@Component(service = TodoProvider.class)
public final class OverdueLeadsTodo implements TodoProvider {

    /** The view that opens a lead; provided by the CRM web bundle. */
    static final String LEAD_VIEW = "crm/lead";
    private static final String WHERE = " FROM LeadEntity l WHERE l.ownerUserId = :me AND l.status = :status "
            + "AND l.followUpDeadline < :now";

    private final CrmStore store;
    private final Texts texts = new Texts();

    @Activate
    public OverdueLeadsTodo(@Reference CrmStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "crm.overdue-leads";
    }

    @Override
    public String label(Locale locale) {
        return texts.get(locale, "todo.overdueLeads");
    }

    @Override
    public int count(UserContext user) {
        return store.jpa().read(em -> em.createQuery("SELECT COUNT(l)" + WHERE, Long.class)
                .setParameter("me", user.userId()).setParameter("status", LeadStatus.NEW)
                .setParameter("now", Instant.now()).getSingleResult()).intValue();
    }

    @Override
    public List<TodoItem> items(UserContext user, int limit) {
        return store.jpa().read(em -> em.createQuery("SELECT l" + WHERE + " ORDER BY l.followUpDeadline", LeadEntity.class)
                .setParameter("me", user.userId()).setParameter("status", LeadStatus.NEW)
                .setParameter("now", Instant.now()).setMaxResults(limit).getResultList().stream()
                .map(l -> new TodoItem(texts.get(user.locale(), "todo.overdueLead.title", l.getContactName()),
                        l.getCompanyName(), LocalDate.ofInstant(l.getFollowUpDeadline(), ZoneId.systemDefault()),
                        LEAD_VIEW, String.valueOf(l.getId())))
                .toList());
    }
}
