package org.atrium.crm.impl.internal.contact;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.crm.impl.internal.persistence.ContactEntity;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contacts on JPA; scoped by each contact's owner. */
@Component(service = {ContactService.class, ContactServiceImpl.class})
public final class ContactServiceImpl implements ContactService {

    static final String TARGET = "crm.contact";
    private static final String KIND = "kind.contact";
    private static final Map<String, String> SORTABLE = Map.of("name", "c.nameLower", "createdAt", "c.createdAt",
            "updatedAt", "c.updatedAt");
    /** Up to this many contacts matched by a search text are selected by id (see {@link #textCondition}). */
    static final int TEXT_ID_LIMIT = 5_000;
    /** The columns a search text is a prefix of, each with an index (changeSet crm-8-contact-search-*). */
    private static final List<String> TEXT_COLUMNS = List.of("c.nameLower", "c.pinyinInitials", "c.mobile", "c.phone",
            "c.email");

    private final CrmStore store;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final CustomerServiceImpl customers;
    private final Pinyin pinyin = new Pinyin();

    @Activate
    public ContactServiceImpl(@Reference CrmStore store, @Reference AccessService access, @Reference AuditService audit,
            @Reference CustomerServiceImpl customers) {
        this.store = store;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.customers = customers;
    }

    @Override
    public List<Contact> search(UserContext caller, ContactFilter filter, PageRequest page) {
        Where where = where(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY c.nameLower, c.id"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", c.id";
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT c FROM ContactEntity c" + where.clause()
                + orderBy, ContactEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(ContactServiceImpl::toDto).toList());
    }

    @Override
    public int count(UserContext caller, ContactFilter filter) {
        Where where = where(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(c) FROM ContactEntity c"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    @Override
    public int countUpTo(UserContext caller, ContactFilter filter, int atMost) {
        if (atMost <= 0) {
            return 0;
        }
        return store.countUpTo("SELECT c.id FROM ContactEntity c", where(caller, filter), atMost);
    }

    /**
     * The text search: contacts whose name, pinyin initials, mobile, phone or e-mail (kept in lower case) start
     * with the text. The matching ids are looked up first, one indexed column per query: Derby cannot combine
     * indexes for an OR over five columns and read all contacts (1.4 s at 3M). Up to {@code limit} ids go to the
     * query as a list; a text that matches more (one or two characters) is the OR over the columns.
     */
    void textCondition(Where where, String prefix, int limit) {
        Set<Long> ids = store.jpa().read(em -> {
            Set<Long> found = new LinkedHashSet<>();
            for (String column : TEXT_COLUMNS) {
                found.addAll(em.createQuery("SELECT c.id FROM ContactEntity c WHERE " + column
                        + " LIKE :tp ESCAPE '\\'", Long.class).setParameter("tp", prefix)
                        .setMaxResults(limit + 1 - found.size()).getResultList());
                if (found.size() > limit) {
                    return null;
                }
            }
            return found;
        });
        if (ids == null) {
            where.and(String.join(" OR ", TEXT_COLUMNS.stream().map(column -> column + " LIKE :tp ESCAPE '\\'")
                    .toList()), "tp", prefix);
        } else if (ids.isEmpty()) {
            where.and("1 = 0");
        } else {
            where.and("c.id IN :textIds", "textIds", ids);
        }
    }

    private Where where(UserContext caller, ContactFilter f) {
        Where where = new Where().inScope(guard.scope(caller, CrmPermissions.CONTACT_VIEW),
                "c.ownerUnitId IN :scopeUnits", "c.ownerUserId");
        if (!Where.blank(f.text())) {
            textCondition(where, Where.escape(f.text()) + "%", TEXT_ID_LIMIT);
        }
        if (f.customerId() != null) {
            where.and("c.customerId = :customer", "customer", f.customerId());
        }
        if (f.mineOnly()) {
            where.and("c.ownerUserId = :me", "me", caller.userId());
        }
        return where;
    }

    @Override
    public Contact get(UserContext caller, long contactId) {
        return store.jpa().read(em -> toDto(guard.visible(em, ContactEntity.class, caller, CrmPermissions.CONTACT_VIEW,
                contactId, KIND)));
    }

    @Override
    public Contact create(UserContext caller, ContactDraft draft) {
        Contact created = store.jpa().inTransaction(em -> toDto(createIn(em, caller, draft)));
        audit.record(caller, "crm.contact.create", TARGET, String.valueOf(created.id()), created.name());
        return created;
    }

    /** Creates a contact owned by the caller inside the caller's transaction; the caller audits. */
    public ContactEntity createIn(EntityManager em, UserContext caller, ContactDraft draft) {
        guard.checkRecord(caller, CrmPermissions.CONTACT_CREATE, caller.primaryUnitId(), caller.userId());
        customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, draft.customerId());
        ContactEntity c = new ContactEntity();
        apply(c, draft, caller.locale());
        c.created(caller.userId(), caller.primaryUnitId(), Instant.now());
        em.persist(c);
        em.flush();
        return c;
    }

    @Override
    public Contact update(UserContext caller, long contactId, ContactDraft draft) {
        Contact updated = store.jpa().inTransaction(em -> {
            ContactEntity c = guard.changeable(em, ContactEntity.class, caller, CrmPermissions.CONTACT_VIEW,
                    CrmPermissions.CONTACT_EDIT, contactId, KIND);
            if (draft.customerId() != c.getCustomerId()) {
                customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, draft.customerId());
            }
            apply(c, draft, caller.locale());
            c.setUpdatedAt(Instant.now());
            em.flush();
            return toDto(c);
        });
        audit.record(caller, "crm.contact.update", TARGET, String.valueOf(contactId), updated.name());
        return updated;
    }

    @Override
    public void delete(UserContext caller, long contactId) {
        String name = store.jpa().inTransaction(em -> {
            ContactEntity c = guard.changeable(em, ContactEntity.class, caller, CrmPermissions.CONTACT_VIEW,
                    CrmPermissions.CONTACT_DELETE, contactId, KIND);
            em.createQuery("UPDATE ActivityEntity a SET a.contactId = NULL WHERE a.contactId = :c")
                    .setParameter("c", contactId).executeUpdate();
            em.remove(c);
            return c.getName();
        });
        audit.record(caller, "crm.contact.delete", TARGET, String.valueOf(contactId), name);
    }

    @Override
    public Map<String, String> validate(UserContext caller, ContactDraft draft) {
        try {
            guard.scope(caller, CrmPermissions.CONTACT_CREATE);
        } catch (AccessDeniedException e) {
            guard.scope(caller, CrmPermissions.CONTACT_EDIT);
        }
        Fields fields = new Fields(texts, caller.locale());
        clean(draft, fields);
        try {
            fields.check();
            return Map.of();
        } catch (ValidationException e) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(e.getFieldErrors()));
        }
    }

    /** The normalised fields of a draft. */
    private record Clean(String name, String title, String department, String mobile, String phone, String email,
            String note) {
    }

    /** The field rules of create, update and {@link #validate}: records errors, returns normalised values. */
    private static Clean clean(ContactDraft d, Fields fields) {
        String name = fields.text("name", d.name(), 100, true);
        String mobile = fields.text("mobile", d.mobile(), 30, false);
        if (mobile != null) {
            mobile = Phones.mobile(mobile);
            if (mobile == null) {
                fields.error("mobile", "validation.mobile");
            }
        }
        String phone = fields.text("phone", d.phone(), 30, false);
        if (phone != null && !Phones.isLandline(phone)) {
            fields.error("phone", "validation.phone");
        }
        String email = fields.text("email", d.email(), 200, false);
        if (email != null && !Phones.isEmail(email)) {
            fields.error("email", "validation.email");
        }
        if (d.relationship() != null && (d.relationship() < 1 || d.relationship() > 5)) {
            fields.error("relationship", "validation.relationship");
        }
        String title = fields.text("title", d.title(), 100, false);
        String department = fields.text("department", d.department(), 100, false);
        String note = fields.text("note", d.note(), 2000, false);
        return new Clean(name, title, department, mobile, phone, email, note);
    }

    private void apply(ContactEntity c, ContactDraft d, Locale locale) {
        Fields fields = new Fields(texts, locale);
        Clean clean = clean(d, fields);
        fields.check();
        c.setCustomerId(d.customerId());
        c.setName(clean.name());
        c.setNameLower(clean.name().toLowerCase(Locale.ROOT));
        c.setPinyinInitials(pinyin.initials(clean.name()));
        c.setTitle(clean.title());
        c.setDepartment(clean.department());
        c.setDecisionRole(d.decisionRole());
        c.setMobile(clean.mobile());
        c.setPhone(clean.phone());
        c.setEmail(clean.email());
        c.setRelationship(d.relationship());
        c.setNote(clean.note());
    }

    static Contact toDto(ContactEntity c) {
        return new Contact(c.getId(), c.getCustomerId(), c.getName(), c.getTitle(), c.getDepartment(),
                c.getDecisionRole(), c.getMobile(), c.getPhone(), c.getEmail(), c.getRelationship(), c.getNote(),
                c.getOwnerUserId(), c.getOwnerUnitId(), c.getCreatedAt(), c.getUpdatedAt());
    }
}
