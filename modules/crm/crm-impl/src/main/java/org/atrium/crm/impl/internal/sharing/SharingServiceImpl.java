package org.atrium.crm.impl.internal.sharing;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingRequestDraft;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.persistence.ServiceUnitEntity;
import org.atrium.crm.impl.internal.persistence.SharingRequestEntity;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Sharing requests on JPA; the holder's decision adds a serving unit. */
@Component(service = {SharingService.class, SharingServiceImpl.class})
public final class SharingServiceImpl implements SharingService {

    static final String TARGET = "crm.customer";

    private final CrmStore store;
    private final AccessService access;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final CustomerServiceImpl customers;

    @Activate
    public SharingServiceImpl(@Reference CrmStore store, @Reference AccessService access, @Reference AuditService audit,
            @Reference CustomerServiceImpl customers) {
        this.store = store;
        this.access = access;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.customers = customers;
    }

    @Override
    public SharingRequest request(UserContext caller, SharingRequestDraft draft) {
        if (!access.isPermitted(caller, CrmPermissions.CUSTOMER_VIEW)
                && !access.isPermitted(caller, CrmPermissions.CUSTOMER_CREATE)) {
            throw guard.denied(caller, CrmPermissions.CUSTOMER_VIEW);
        }
        Fields fields = new Fields(texts, caller.locale());
        String reason = fields.text("reason", draft.reason(), 500, true);
        fields.check();
        long[] customerId = new long[1];
        SharingRequest created = store.jpa().inTransaction(em -> {
            CustomerEntity c = target(em, caller, draft);
            customerId[0] = c.getId();
            if (c.getOwnerUserId() == CustomerPoolService.NO_OWNER) {
                throw new ValidationException("", texts.get(caller.locale(), "sharing.inPool"));
            }
            long unit = caller.primaryUnitId();
            boolean serves = c.getOwnerUnitId() == unit || c.getOwnerUserId() == caller.userId()
                    || em.createQuery("SELECT COUNT(s) FROM ServiceUnitEntity s WHERE s.customerId = :c AND s.unitId = :u",
                            Long.class).setParameter("c", c.getId()).setParameter("u", unit).getSingleResult() > 0;
            if (serves) {
                throw new ValidationException("", texts.get(caller.locale(), "sharing.alreadyShared"));
            }
            long pending = em.createQuery("SELECT COUNT(r) FROM SharingRequestEntity r WHERE r.customerId = :c "
                    + "AND r.requesterUserId = :me AND r.status = :pending", Long.class).setParameter("c", c.getId())
                    .setParameter("me", caller.userId()).setParameter("pending", SharingStatus.PENDING).getSingleResult();
            if (pending > 0) {
                throw new ValidationException("", texts.get(caller.locale(), "sharing.pending"));
            }
            SharingRequestEntity r = new SharingRequestEntity();
            r.setCustomerId(c.getId());
            r.setRequesterUserId(caller.userId());
            r.setRequesterUnitId(unit);
            r.setHolderUserId(c.getOwnerUserId());
            r.setReason(reason);
            r.setStatus(SharingStatus.PENDING);
            r.setCreatedAt(Instant.now());
            em.persist(r);
            em.flush();
            return toDto(em, caller, r);
        });
        audit.record(caller, "crm.customer.sharing.request", TARGET, String.valueOf(customerId[0]), "request " + created.id()
                + " for unit " + created.requesterUnitId() + ": " + reason);
        return created;
    }

    private CustomerEntity target(EntityManager em, UserContext caller, SharingRequestDraft draft) {
        if (draft.customerId() != null) {
            return customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, draft.customerId());
        }
        return customers.bestMatch(em, draft.name(), draft.creditCode())
                .orElseThrow(() -> new ValidationException("name", texts.get(caller.locale(), "sharing.noMatch")));
    }

    @Override
    public List<SharingRequest> incoming(UserContext caller, boolean pendingOnly, PageRequest page) {
        ScopeFilter edit = guard.scope(caller, CrmPermissions.CUSTOMER_EDIT);
        Where where = new Where().and("c.id = r.customerId").inScope(edit, "c.ownerUnitId IN :scopeUnits", "c.ownerUserId");
        if (pendingOnly) {
            where.and("r.status = :pending", "pending", SharingStatus.PENDING);
        }
        return list(caller, "SELECT r FROM SharingRequestEntity r, CustomerEntity c", where, page);
    }

    @Override
    public List<SharingRequest> outgoing(UserContext caller, PageRequest page) {
        Where where = new Where().and("r.requesterUserId = :me", "me", caller.userId());
        return list(caller, "SELECT r FROM SharingRequestEntity r", where, page);
    }

    @Override
    public List<SharingRequest> forCustomer(UserContext caller, long customerId, boolean pendingOnly, PageRequest page) {
        // NotFound unless the caller sees the customer: the check runs before any request is read
        store.jpa().read(em -> customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, customerId));
        Where where = new Where().and("r.customerId = :customer", "customer", customerId);
        if (pendingOnly) {
            where.and("r.status = :pending", "pending", SharingStatus.PENDING);
        }
        return list(caller, "SELECT r FROM SharingRequestEntity r", where, page);
    }

    private List<SharingRequest> list(UserContext caller, String select, Where where, PageRequest page) {
        return store.jpa().read(em -> where.bind(em.createQuery(select + where.clause()
                + " ORDER BY r.createdAt DESC, r.id DESC", SharingRequestEntity.class)).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList().stream().map(r -> toDto(em, caller, r)).toList());
    }

    @Override
    public SharingRequest approve(UserContext caller, long requestId, String note) {
        return decide(caller, requestId, note, SharingStatus.APPROVED);
    }

    @Override
    public SharingRequest decline(UserContext caller, long requestId, String note) {
        return decide(caller, requestId, note, SharingStatus.DECLINED);
    }

    private SharingRequest decide(UserContext caller, long requestId, String note, SharingStatus decision) {
        Fields fields = new Fields(texts, caller.locale());
        String cleanNote = fields.text("note", note, 500, false);
        fields.check();
        long[] customerId = new long[1];
        SharingRequest decided = store.jpa().inTransaction(em -> {
            SharingRequestEntity r = em.find(SharingRequestEntity.class, requestId);
            if (r == null) {
                throw guard.notFound(caller, "kind.sharingRequest");
            }
            // NotFound when the caller cannot see the customer, AccessDenied when they see but may not edit it
            customers.changeable(em, caller, CrmPermissions.CUSTOMER_EDIT, r.getCustomerId());
            if (r.getStatus() != SharingStatus.PENDING) {
                throw new ValidationException("", texts.get(caller.locale(), "sharing.decided"));
            }
            customerId[0] = r.getCustomerId();
            if (decision == SharingStatus.APPROVED) {
                serve(em, r, cleanNote);
            }
            r.setStatus(decision);
            r.setDecidedBy(caller.userId());
            r.setDecidedAt(Instant.now());
            r.setDecisionNote(cleanNote);
            em.flush();
            return toDto(em, caller, r);
        });
        audit.record(caller, decision == SharingStatus.APPROVED ? "crm.customer.sharing.approve"
                : "crm.customer.sharing.decline", TARGET, String.valueOf(customerId[0]), "request " + requestId
                + " of user " + decided.requesterUserId() + " for unit " + decided.requesterUnitId()
                + (cleanNote == null ? "" : ": " + cleanNote));
        return decided;
    }

    private static void serve(EntityManager em, SharingRequestEntity r, String note) {
        CustomerEntity c = em.find(CustomerEntity.class, r.getCustomerId());
        boolean present = c.getOwnerUnitId() == r.getRequesterUnitId() || em.createQuery(
                "SELECT COUNT(s) FROM ServiceUnitEntity s WHERE s.customerId = :c AND s.unitId = :u", Long.class)
                .setParameter("c", r.getCustomerId()).setParameter("u", r.getRequesterUnitId()).getSingleResult() > 0;
        if (!present) {
            String text = note == null ? r.getReason() : note;
            em.persist(new ServiceUnitEntity(r.getCustomerId(), r.getRequesterUnitId(),
                    text.length() > 200 ? text.substring(0, 200) : text, Instant.now()));
        }
    }

    private SharingRequest toDto(EntityManager em, UserContext caller, SharingRequestEntity r) {
        CustomerEntity c = em.find(CustomerEntity.class, r.getCustomerId());
        boolean visible;
        try {
            customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, r.getCustomerId());
            visible = true;
        } catch (RuntimeException e) {
            if (!(e instanceof org.atrium.platform.api.NotFoundException || e instanceof AccessDeniedException)) {
                throw e;
            }
            visible = false;
        }
        return new SharingRequest(r.getId(), visible ? c.getId() : null, visible ? c.getName() : null,
                customers.companyNameOf(c.getOwnerUnitId()), customers.userNameOf(c.getOwnerUserId()),
                r.getRequesterUserId(), customers.userNameOf(r.getRequesterUserId()), r.getRequesterUnitId(),
                r.getReason(), r.getStatus(), r.getDecisionNote(), r.getCreatedAt(), r.getDecidedAt());
    }
}
