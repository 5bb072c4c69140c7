package org.atrium.crm.impl.internal.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.lead.AssignmentRule;
import org.atrium.crm.api.lead.AssignmentRuleType;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadConversionResult;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Phones;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.contact.ContactServiceImpl;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.opportunity.OpportunityServiceImpl;
import org.atrium.crm.impl.internal.persistence.AssignmentRuleEntity;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.persistence.LeadEntity;
import org.atrium.crm.impl.internal.persistence.OpportunityEntity;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Leads on JPA; scoped by each lead's owner. New leads are routed by the assignment rules; when no
 * rule matches the capturing user owns the lead with a {@value #DEFAULT_FOLLOW_UP_HOURS}-hour deadline.
 */
@Component(service = {LeadService.class, LeadServiceImpl.class})
public final class LeadServiceImpl implements LeadService {

    static final String TARGET = "crm.lead";
    static final int DEFAULT_FOLLOW_UP_HOURS = 48;
    private static final String KIND = "kind.lead";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "l.createdAt",
            "followUpDeadline", "l.followUpDeadline", "contactName", "l.contactName");

    private final CrmStore store;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final UserService users;
    private final CustomerServiceImpl customers;
    private final ContactServiceImpl contacts;
    private final OpportunityServiceImpl opportunities;
    private final LeadRouter router = new LeadRouter();

    @Activate
    public LeadServiceImpl(@Reference CrmStore store, @Reference AccessService access, @Reference AuditService audit,
            @Reference UserService users, @Reference CustomerServiceImpl customers,
            @Reference ContactServiceImpl contacts, @Reference OpportunityServiceImpl opportunities) {
        this.store = store;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.users = users;
        this.customers = customers;
        this.contacts = contacts;
        this.opportunities = opportunities;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Lead> search(UserContext caller, LeadFilter filter, PageRequest page) {
        Where where = where(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY l.createdAt DESC, l.id DESC"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", l.id";
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT l FROM LeadEntity l" + where.clause()
                + orderBy, LeadEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList().stream().map(LeadServiceImpl::toDto).toList());
    }

    @Override
    public int count(UserContext caller, LeadFilter filter) {
        Where where = where(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(l) FROM LeadEntity l"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    @Override
    public int countUpTo(UserContext caller, LeadFilter filter, int atMost) {
        if (atMost <= 0) {
            return 0;
        }
        return store.countUpTo("SELECT l.id FROM LeadEntity l", where(caller, filter), atMost);
    }

    private Where where(UserContext caller, LeadFilter f) {
        Where where = new Where().inScope(guard.scope(caller, CrmPermissions.LEAD_VIEW),
                "l.ownerUnitId IN :scopeUnits", "l.ownerUserId");
        if (!Where.blank(f.text())) {
            where.and("LOWER(l.companyName) LIKE :tc ESCAPE '\\' OR LOWER(l.contactName) LIKE :tc ESCAPE '\\' "
                    + "OR l.mobile LIKE :tp ESCAPE '\\' OR LOWER(l.email) LIKE :tp ESCAPE '\\'",
                    "tc", "%" + Where.escape(f.text()) + "%", "tp", Where.escape(f.text()) + "%");
        }
        if (!f.statuses().isEmpty()) {
            where.and("l.status IN :statuses", "statuses", f.statuses());
        }
        if (f.channel() != null) {
            where.and("l.channel = :channel", "channel", f.channel());
        }
        if (f.overdueOnly()) {
            where.and("l.status = :newStatus AND l.followUpDeadline < :now", "newStatus", LeadStatus.NEW,
                    "now", Instant.now());
        }
        if (f.mineOnly()) {
            where.and("l.ownerUserId = :me", "me", caller.userId());
        }
        if (f.customerId() != null) {
            where.and("l.customerId = :customer", "customer", f.customerId());
        }
        return where;
    }

    @Override
    public Lead get(UserContext caller, long leadId) {
        return store.jpa().read(em -> toDto(guard.visible(em, LeadEntity.class, caller, CrmPermissions.LEAD_VIEW,
                leadId, KIND)));
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Lead create(UserContext caller, LeadDraft draft) {
        guard.checkRecord(caller, CrmPermissions.LEAD_CREATE, caller.primaryUnitId(), caller.userId());
        Lead created = store.jpa().inTransaction(em -> {
            LeadEntity l = new LeadEntity();
            apply(l, draft, caller);
            Instant now = Instant.now();
            l.created(caller.userId(), caller.primaryUnitId(), now);
            l.setStatus(LeadStatus.NEW);
            l.setFollowUpDeadline(now.plus(Duration.ofHours(DEFAULT_FOLLOW_UP_HOURS)));
            route(em, l, now);
            em.persist(l);
            em.flush();
            return toDto(l);
        });
        audit.record(caller, "crm.lead.create", TARGET, String.valueOf(created.id()),
                created.contactName() + " → owner " + created.ownerUserId());
        return created;
    }

    /** Applies the first matching rule, if any, and advances its cursor; returns whether one matched. */
    private boolean route(EntityManager em, LeadEntity l, Instant now) {
        List<AssignmentRuleEntity> rows = em.createQuery("SELECT r FROM AssignmentRuleEntity r",
                AssignmentRuleEntity.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Map<Long, Integer> cursors = new HashMap<>();
        Map<Long, AssignmentRuleEntity> byId = new HashMap<>();
        rows.forEach(r -> {
            cursors.put(r.getId(), r.getCursor());
            byId.put(r.getId(), r);
        });
        Optional<LeadRouter.Routing> routing = router.route(new LeadRouter.LeadFacts(l.getProvince(), l.getCity(),
                l.getIndustry()), rows.stream().map(LeadServiceImpl::toRule).toList(), cursors, now);
        routing.ifPresent(r -> {
            Optional<UserSummary> user = users.summary(r.userId());
            byId.get(r.ruleId()).setCursor(r.nextCursor());
            if (user.isPresent() && user.get().enabled()) {
                l.setOwnerUserId(r.userId());
                l.setOwnerUnitId(user.get().primaryUnitId());
                l.setFollowUpDeadline(r.deadline());
            }
        });
        return routing.isPresent();
    }

    @Override
    public Lead update(UserContext caller, long leadId, LeadDraft draft) {
        return change(caller, leadId, CrmPermissions.LEAD_EDIT, "crm.lead.update", (em, l) -> apply(l, draft, caller));
    }

    @Override
    public Lead markFollowing(UserContext caller, long leadId) {
        return change(caller, leadId, CrmPermissions.LEAD_EDIT, "crm.lead.following",
                (em, l) -> l.setStatus(LeadStatus.FOLLOWING));
    }

    @Override
    public Lead disqualify(UserContext caller, long leadId, String reason) {
        return change(caller, leadId, CrmPermissions.LEAD_EDIT, "crm.lead.disqualify", (em, l) -> {
            Fields fields = new Fields(texts, caller.locale());
            String clean = fields.text("reason", reason, 500, false);
            if (clean == null) {
                fields.error("reason", "lead.reason.required");
            }
            fields.check();
            l.setStatus(LeadStatus.DISQUALIFIED);
            l.setDisqualifyReason(clean);
        });
    }

    @Override
    public Lead assign(UserContext caller, long leadId, Owner newOwner) {
        guard.checkRecord(caller, CrmPermissions.LEAD_ASSIGN, newOwner.unitId(), newOwner.userId());
        return change(caller, leadId, CrmPermissions.LEAD_ASSIGN, "crm.lead.assign", (em, l) -> {
            l.setOwnerUserId(newOwner.userId());
            l.setOwnerUnitId(newOwner.unitId());
            l.setFollowUpDeadline(Instant.now().plus(Duration.ofHours(DEFAULT_FOLLOW_UP_HOURS)));
        });
    }

    @Override
    public Lead autoAssign(UserContext caller, long leadId) {
        return change(caller, leadId, CrmPermissions.LEAD_ASSIGN, "crm.lead.assign", (em, l) -> {
            route(em, l, Instant.now());
            guard.checkRecord(caller, CrmPermissions.LEAD_ASSIGN, l.getOwnerUnitId(), l.getOwnerUserId());
        });
    }

    private Lead change(UserContext caller, long leadId, String permission, String action,
            java.util.function.BiConsumer<EntityManager, LeadEntity> work) {
        Lead changed = store.jpa().inTransaction(em -> {
            LeadEntity l = guard.changeable(em, LeadEntity.class, caller, CrmPermissions.LEAD_VIEW, permission, leadId, KIND);
            if (!l.getStatus().isOpen()) {
                throw new ValidationException("", texts.get(caller.locale(), "lead.notOpen"));
            }
            work.accept(em, l);
            l.setUpdatedAt(Instant.now());
            em.flush();
            return toDto(l);
        });
        audit.record(caller, action, TARGET, String.valueOf(leadId),
                changed.contactName() + " " + changed.status() + " owner " + changed.ownerUserId());
        return changed;
    }

    @Override
    public LeadConversionResult convert(UserContext caller, long leadId, LeadConversion conversion) {
        LeadConversionResult result = store.jpa().inTransaction(em -> {
            LeadEntity l = guard.changeable(em, LeadEntity.class, caller, CrmPermissions.LEAD_VIEW,
                    CrmPermissions.LEAD_EDIT, leadId, KIND);
            if (!l.getStatus().isOpen()) {
                throw new ValidationException("", texts.get(caller.locale(), "lead.notOpen"));
            }
            long customerId;
            if (conversion.existingCustomerId() != null) {
                customerId = customers.visible(em, caller, org.atrium.crm.api.CrmPermissions.CUSTOMER_VIEW,
                        conversion.existingCustomerId()).getId();
            } else {
                if (conversion.newCustomer() == null) {
                    throw new ValidationException("newCustomer", texts.get(caller.locale(), "validation.required"));
                }
                if (!conversion.acceptSimilar()) {
                    List<DuplicateMatch> similar = customers.checkDuplicates(caller, conversion.newCustomer().name(),
                            conversion.newCustomer().creditCode(), null).stream().filter(m -> !m.isCertain()).toList();
                    if (!similar.isEmpty()) {
                        return new LeadConversionResult(false, null, null, null, similar);
                    }
                }
                CustomerEntity c = customers.createIn(em, caller, conversion.newCustomer(),
                        new Owner(caller.userId(), caller.primaryUnitId()));
                customerId = c.getId();
            }
            long contactId = contacts.createIn(em, caller, new ContactDraft(customerId, l.getContactName(),
                    conversion.contactTitle(), null, null, l.getMobile(), null, l.getEmail(), null, null)).getId();
            Long opportunityId = null;
            if (!Where.blank(conversion.opportunityName())) {
                OpportunityEntity o = opportunities.createIn(em, caller, new OpportunityDraft(customerId,
                        conversion.opportunityName(), conversion.opportunityAmount(), conversion.expectedCloseDate(),
                        null, List.of()));
                opportunityId = o.getId();
            }
            customers.promote(em, customerId, org.atrium.crm.api.customer.LifecycleStage.PROSPECT);
            l.setStatus(LeadStatus.CONVERTED);
            l.setCustomerId(customerId);
            l.setUpdatedAt(Instant.now());
            em.flush();
            return new LeadConversionResult(true, customerId, contactId, opportunityId, List.of());
        });
        if (result.converted()) {
            audit.record(caller, "crm.lead.convert", TARGET, String.valueOf(leadId), "customer " + result.customerId()
                    + ", contact " + result.contactId() + ", opportunity " + result.opportunityId());
        }
        return result;
    }

    @Override
    public void delete(UserContext caller, long leadId) {
        String name = store.jpa().inTransaction(em -> {
            LeadEntity l = guard.changeable(em, LeadEntity.class, caller, CrmPermissions.LEAD_VIEW,
                    CrmPermissions.LEAD_DELETE, leadId, KIND);
            if (l.getStatus() == LeadStatus.CONVERTED) {
                throw new ValidationException("", texts.get(caller.locale(), "lead.notOpen"));
            }
            em.remove(l);
            return l.getContactName();
        });
        audit.record(caller, "crm.lead.delete", TARGET, String.valueOf(leadId), name);
    }

    // ---------------------------------------------------------------- rules

    @Override
    public List<AssignmentRule> assignmentRules(UserContext caller) {
        guard.scope(caller, CrmPermissions.LEAD_ASSIGN);
        return store.jpa().read(em -> em.createQuery("SELECT r FROM AssignmentRuleEntity r ORDER BY r.order, r.id",
                AssignmentRuleEntity.class).getResultList().stream().map(LeadServiceImpl::toRule).toList());
    }

    @Override
    public List<AssignmentRule> saveAssignmentRules(UserContext caller, List<AssignmentRule> rules) {
        if (!guard.scope(caller, CrmPermissions.LEAD_ASSIGN).wholeGroup()) {
            throw guard.denied(caller, CrmPermissions.LEAD_ASSIGN);
        }
        for (AssignmentRule r : rules) {
            if (r.type() == null || r.userIds().isEmpty() || r.followUpHours() < 1 || r.followUpHours() > 720
                    || (r.type() != AssignmentRuleType.ANY && Where.blank(r.value()))
                    || (r.value() != null && r.value().length() > 100)) {
                throw new ValidationException("", texts.get(caller.locale(), "lead.rules.invalid"));
            }
        }
        store.jpa().run(em -> {
            em.createQuery("DELETE FROM AssignmentRuleEntity r").executeUpdate();
            for (AssignmentRule r : rules) {
                AssignmentRuleEntity e = new AssignmentRuleEntity();
                e.setOrder(r.order());
                e.setType(r.type());
                e.setValue(r.type() == AssignmentRuleType.ANY ? null : r.value().strip());
                e.setUserIds(r.userIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
                e.setFollowUpHours(r.followUpHours());
                em.persist(e);
            }
        });
        audit.record(caller, "crm.lead.rules", "crm.lead.rule", null, rules.toString());
        return assignmentRules(caller);
    }

    // ---------------------------------------------------------------- mapping

    @Override
    public Map<String, String> validate(UserContext caller, LeadDraft draft) {
        try {
            guard.scope(caller, CrmPermissions.LEAD_CREATE);
        } catch (AccessDeniedException e) {
            guard.scope(caller, CrmPermissions.LEAD_EDIT);
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
    private record Clean(String company, String contactName, String mobile, String email, String province,
            String city, String industry, String description) {
    }

    /** The field rules of create, update and {@link #validate}: records errors, returns normalised values. */
    private static Clean clean(LeadDraft d, Fields fields) {
        String contactName = fields.text("contactName", d.contactName(), 100, true);
        String mobile = fields.text("mobile", d.mobile(), 30, false);
        if (mobile != null) {
            mobile = Phones.mobile(mobile);
            if (mobile == null) {
                fields.error("mobile", "validation.mobile");
            }
        }
        String email = fields.text("email", d.email(), 200, false);
        if (email != null && !Phones.isEmail(email)) {
            fields.error("email", "validation.email");
        }
        if (Where.blank(d.mobile()) && Where.blank(d.email())) {
            fields.error("mobile", "lead.contact.required");
        }
        fields.required("channel", d.channel());
        String company = fields.text("companyName", d.companyName(), 200, false);
        String province = fields.text("province", d.province(), 50, false);
        String city = fields.text("city", d.city(), 50, false);
        String industry = fields.text("industry", d.industry(), 100, false);
        String description = fields.text("description", d.description(), 2000, false);
        return new Clean(company, contactName, mobile, email, province, city, industry, description);
    }

    private void apply(LeadEntity l, LeadDraft d, UserContext caller) {
        Fields fields = new Fields(texts, caller.locale());
        Clean clean = clean(d, fields);
        fields.check();
        l.setCompanyName(clean.company());
        l.setContactName(clean.contactName());
        l.setMobile(clean.mobile());
        l.setEmail(clean.email());
        l.setProvince(clean.province());
        l.setCity(clean.city());
        l.setIndustry(clean.industry());
        l.setChannel(d.channel());
        l.setDescription(clean.description());
    }

    static AssignmentRule toRule(AssignmentRuleEntity r) {
        List<Long> ids = new ArrayList<>();
        Arrays.stream(r.getUserIds().split(",")).filter(s -> !s.isBlank()).forEach(s -> ids.add(Long.parseLong(s.trim())));
        return new AssignmentRule(r.getId(), r.getOrder(), r.getType(), r.getValue(), ids, r.getFollowUpHours());
    }

    static Lead toDto(LeadEntity l) {
        return new Lead(l.getId(), l.getCompanyName(), l.getContactName(), l.getMobile(), l.getEmail(), l.getProvince(),
                l.getCity(), l.getIndustry(), l.getChannel(), l.getDescription(), l.getStatus(), l.getOwnerUserId(),
                l.getOwnerUnitId(), l.getFollowUpDeadline(), l.getCustomerId(), l.getCreatedAt(), l.getUpdatedAt());
    }
}
