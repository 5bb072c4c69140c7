package org.atrium.crm.impl.internal.activity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.Activity;
import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.persistence.ActivityEntity;
import org.atrium.crm.impl.internal.persistence.ContactEntity;
import org.atrium.crm.impl.internal.persistence.OpportunityEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Activities on JPA; scoped by each activity's owner. */
@Component(service = {ActivityService.class, ActivityServiceImpl.class})
public final class ActivityServiceImpl implements ActivityService {

    static final String TARGET = "crm.activity";
    private static final String KIND = "kind.activity";
    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "a.occurredAt",
            "nextStepDate", "a.nextStepDate");

    private final CrmStore store;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final CustomerServiceImpl customers;

    @Activate
    public ActivityServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit, @Reference CustomerServiceImpl customers) {
        this.store = store;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.customers = customers;
    }

    @Override
    public List<Activity> search(UserContext caller, ActivityFilter filter, PageRequest page) {
        Where where = where(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY a.occurredAt DESC, a.id DESC"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", a.id";
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT a FROM ActivityEntity a" + where.clause()
                + orderBy, ActivityEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(ActivityServiceImpl::toDto).toList());
    }

    @Override
    public int count(UserContext caller, ActivityFilter filter) {
        Where where = where(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(a) FROM ActivityEntity a"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    private Where where(UserContext caller, ActivityFilter f) {
        Where where = new Where().inScope(guard.scope(caller, CrmPermissions.ACTIVITY_VIEW),
                "a.ownerUnitId IN :scopeUnits", "a.ownerUserId");
        if (f.customerId() != null) {
            where.and("a.customerId = :customer", "customer", f.customerId());
        }
        if (f.opportunityId() != null) {
            where.and("a.opportunityId = :opportunity", "opportunity", f.opportunityId());
        }
        if (f.contactId() != null) {
            where.and("a.contactId = :contact", "contact", f.contactId());
        }
        if (f.from() != null) {
            where.and("a.occurredAt >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("a.occurredAt < :to", "to", f.to());
        }
        if (f.openNextStepsOnly()) {
            // a bound parameter: Derby refuses the literal FALSE that EclipseLink prints as 0
            where.and("a.nextStepDate IS NOT NULL AND a.nextStepDone = :notDone", "notDone", Boolean.FALSE);
        }
        if (f.mineOnly()) {
            where.and("a.ownerUserId = :me", "me", caller.userId());
        }
        return where;
    }

    @Override
    public Activity get(UserContext caller, long activityId) {
        return store.jpa().read(em -> toDto(guard.visible(em, ActivityEntity.class, caller, CrmPermissions.ACTIVITY_VIEW,
                activityId, KIND)));
    }

    @Override
    public Activity create(UserContext caller, ActivityDraft draft) {
        Activity created = store.jpa().inTransaction(em -> {
            guard.checkRecord(caller, CrmPermissions.ACTIVITY_CREATE, caller.primaryUnitId(), caller.userId());
            ActivityEntity a = new ActivityEntity();
            apply(em, caller, a, draft);
            a.created(caller.userId(), caller.primaryUnitId(), Instant.now());
            em.persist(a);
            em.flush();
            customers.refreshLastActivity(em, a.getCustomerId());
            return toDto(a);
        });
        audit.record(caller, "crm.activity.create", TARGET, String.valueOf(created.id()), created.subject());
        return created;
    }

    @Override
    public Activity update(UserContext caller, long activityId, ActivityDraft draft) {
        Activity updated = store.jpa().inTransaction(em -> {
            ActivityEntity a = guard.changeable(em, ActivityEntity.class, caller, CrmPermissions.ACTIVITY_VIEW,
                    CrmPermissions.ACTIVITY_EDIT, activityId, KIND);
            long before = a.getCustomerId();
            apply(em, caller, a, draft);
            a.setUpdatedAt(Instant.now());
            em.flush();
            customers.refreshLastActivity(em, a.getCustomerId());
            if (before != a.getCustomerId()) {
                customers.refreshLastActivity(em, before);
            }
            return toDto(a);
        });
        audit.record(caller, "crm.activity.update", TARGET, String.valueOf(activityId), updated.subject());
        return updated;
    }

    @Override
    public Activity completeNextStep(UserContext caller, long activityId) {
        Activity done = store.jpa().inTransaction(em -> {
            ActivityEntity a = guard.changeable(em, ActivityEntity.class, caller, CrmPermissions.ACTIVITY_VIEW,
                    CrmPermissions.ACTIVITY_EDIT, activityId, KIND);
            a.setNextStepDone(true);
            a.setUpdatedAt(Instant.now());
            em.flush();
            return toDto(a);
        });
        audit.record(caller, "crm.activity.nextStepDone", TARGET, String.valueOf(activityId), done.nextStep());
        return done;
    }

    @Override
    public void delete(UserContext caller, long activityId) {
        String subject = store.jpa().inTransaction(em -> {
            ActivityEntity a = guard.changeable(em, ActivityEntity.class, caller, CrmPermissions.ACTIVITY_VIEW,
                    CrmPermissions.ACTIVITY_DELETE, activityId, KIND);
            em.remove(a);
            em.flush();
            customers.refreshLastActivity(em, a.getCustomerId());
            return a.getSubject();
        });
        audit.record(caller, "crm.activity.delete", TARGET, String.valueOf(activityId), subject);
    }

    private void apply(EntityManager em, UserContext caller, ActivityEntity a, ActivityDraft d) {
        customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, d.customerId());
        Locale locale = caller.locale();
        Fields fields = new Fields(texts, locale);
        fields.required("type", d.type());
        String subject = fields.text("subject", d.subject(), 200, true);
        String content = fields.text("content", d.content(), 4000, false);
        String channel = fields.text("channel", d.channel(), 50, false);
        String nextStep = fields.text("nextStep", d.nextStep(), 500, false);
        if (fields.required("occurredAt", d.occurredAt()) != null && d.occurredAt().isAfter(Instant.now().plusSeconds(60))) {
            fields.error("occurredAt", "validation.future");
        }
        if (d.nextStepDate() != null && nextStep == null) {
            fields.error("nextStep", "activity.nextStep.required");
        }
        if (d.contactId() != null) {
            ContactEntity c = em.find(ContactEntity.class, d.contactId());
            if (c == null || c.getCustomerId() != d.customerId()) {
                fields.error("contactId", "activity.link.invalid");
            }
        }
        if (d.opportunityId() != null) {
            OpportunityEntity o = em.find(OpportunityEntity.class, d.opportunityId());
            if (o == null || o.getCustomerId() != d.customerId()) {
                fields.error("opportunityId", "activity.link.invalid");
            }
        }
        fields.check();
        a.setType(d.type());
        a.setChannel(channel);
        a.setSubject(subject);
        a.setContent(content);
        a.setOccurredAt(d.occurredAt());
        a.setCustomerId(d.customerId());
        a.setContactId(d.contactId());
        a.setOpportunityId(d.opportunityId());
        a.setNextStep(nextStep);
        if (!java.util.Objects.equals(a.getNextStepDate(), d.nextStepDate())) {
            a.setNextStepDone(false);
        }
        a.setNextStepDate(d.nextStepDate());
    }

    static Activity toDto(ActivityEntity a) {
        return new Activity(a.getId(), a.getType(), a.getChannel(), a.getSubject(), a.getContent(), a.getOccurredAt(),
                a.getCustomerId(), a.getContactId(), a.getOpportunityId(), a.getNextStep(), a.getNextStepDate(),
                a.isNextStepDone(), a.getOwnerUserId(), a.getOwnerUnitId(), a.getCreatedAt());
    }
}
