package org.atrium.crm.impl.internal.provider;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.persistence.SharingRequestEntity;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 共享申请: pending sharing requests on customers the user owns; opens the customer. */
@Component(service = TodoProvider.class)
public final class SharingRequestsTodo implements TodoProvider {

    private static final String WHERE = " FROM SharingRequestEntity r, CustomerEntity c WHERE c.id = r.customerId "
            + "AND c.ownerUserId = :me AND r.status = :pending";

    private final CrmStore store;
    private final Texts texts = new Texts();

    @Activate
    public SharingRequestsTodo(@Reference CrmStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return "crm.sharing-requests";
    }

    @Override
    public String label(Locale locale) {
        return texts.get(locale, "todo.sharingRequests");
    }

    @Override
    public int count(UserContext user) {
        return store.jpa().read(em -> em.createQuery("SELECT COUNT(r)" + WHERE, Long.class)
                .setParameter("me", user.userId()).setParameter("pending", SharingStatus.PENDING).getSingleResult())
                .intValue();
    }

    @Override
    public List<TodoItem> items(UserContext user, int limit) {
        return store.jpa().read(em -> em.createQuery("SELECT r, c.name" + WHERE + " ORDER BY r.createdAt", Object[].class)
                .setParameter("me", user.userId()).setParameter("pending", SharingStatus.PENDING).setMaxResults(limit)
                .getResultList().stream().map(row -> {
                    SharingRequestEntity r = (SharingRequestEntity) row[0];
                    return new TodoItem(texts.get(user.locale(), "todo.sharingRequest.title", row[1]), r.getReason(),
                            LocalDate.ofInstant(r.getCreatedAt(), ZoneId.systemDefault()), DueNextStepsTodo.CUSTOMER_VIEW,
                            String.valueOf(r.getCustomerId()));
                }).toList());
    }
}
