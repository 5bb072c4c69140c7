package org.atrium.crm.impl.internal.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.persistence.ActivityEntity;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 到期的下一步: next steps of the user's own activities due today or earlier and not done. */
@Component(service = TodoProvider.class)
public final class DueNextStepsTodo implements TodoProvider {

    /** The view that opens a customer (its 360 page with the timeline); provided by the CRM web bundle. */
    static final String CUSTOMER_VIEW = "crm/customer";
    private static final String WHERE = " FROM ActivityEntity a WHERE a.ownerUserId = :me AND a.nextStepDone = :no "
            + "AND a.nextStepDate <= :today";

    private final CrmStore store;
    private final Texts texts = new Texts();

    @Activate
    public DueNextStepsTodo(@Reference CrmStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "crm.next-steps";
    }

    @Override
    public String label(Locale locale) {
        return texts.get(locale, "todo.nextSteps");
    }

    @Override
    public int count(UserContext user) {
        return store.jpa().read(em -> em.createQuery("SELECT COUNT(a)" + WHERE, Long.class)
                .setParameter("me", user.userId()).setParameter("no", Boolean.FALSE).setParameter("today", LocalDate.now()).getSingleResult()).intValue();
    }

    @Override
    public List<TodoItem> items(UserContext user, int limit) {
        return store.jpa().read(em -> em.createQuery("SELECT a" + WHERE + " ORDER BY a.nextStepDate", ActivityEntity.class)
                .setParameter("me", user.userId()).setParameter("no", Boolean.FALSE).setParameter("today", LocalDate.now()).setMaxResults(limit)
                .getResultList().stream()
                .map(a -> new TodoItem(texts.get(user.locale(), "todo.nextStep.title", a.getNextStep()), a.getSubject(),
                        a.getNextStepDate(), CUSTOMER_VIEW, String.valueOf(a.getCustomerId())))
                .toList());
    }
}
