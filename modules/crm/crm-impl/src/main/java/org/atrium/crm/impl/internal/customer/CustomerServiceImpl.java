package org.atrium.crm.impl.internal.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.HandOverResult;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.customer.Classification;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.customer.ServiceRelationship;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.match.CreditCodes;
import org.atrium.crm.impl.internal.match.DuplicateMatcher;
import org.atrium.crm.impl.internal.match.DuplicateMatcher.Known;
import org.atrium.crm.impl.internal.match.DuplicateMatcher.Match;
import org.atrium.crm.impl.internal.match.NameKeys;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.crm.impl.internal.persistence.CodeCounterEntity;
import org.atrium.crm.impl.internal.persistence.CustomerAliasEntity;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.persistence.ServiceUnitEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The customer master on JPA. Visibility: the scope of {@code crm.customer.view} covers the owner or
 * one of the serving units. Changes need the permission on the owner (serving units see, they do
 * not edit). The duplicate check reads the whole group.
 */
@Component(service = {CustomerService.class, CustomerServiceImpl.class}, configurationPid = CustomerConfig.PID)
@Designate(ocd = CustomerConfig.class)
public final class CustomerServiceImpl implements CustomerService {

    static final String TARGET = "crm.customer";
    private static final int CANDIDATE_LIMIT = 200;
    /**
     * Up to this many customers matched by a search text are selected by id (see {@code textCondition}); at
     * 1M customers four pinyin initials match at most 3,000.
     */
    public static final int KEY_ID_LIMIT = 5_000;
    private static final Map<String, String> SORTABLE = Map.of("code", "c.code", "name", "c.nameLower",
            "lifecycle", "c.lifecycle", "tier", "c.tier", "createdAt", "c.createdAt", "updatedAt", "c.updatedAt");

    private final CrmStore store;
    /** Whether the database is Derby, once known ({@link #onDerby()}). */
    private volatile Boolean derby;
    private final AccessService access;
    private final Guard guard;
    private final Texts texts;
    private final AuditService audit;
    private final OrgService org;
    private final UserService users;
    private final Pinyin pinyin = new Pinyin();
    private final Classifications classifications = new Classifications();
    private volatile CodePattern codePattern;
    private volatile DuplicateMatcher matcher;

    @Activate
    public CustomerServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit, @Reference OrgService org, @Reference UserService users,
            CustomerConfig config) {
        this.store = store;
        this.access = access;
        this.texts = new Texts();
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.org = org;
        this.users = users;
        configure(config);
    }

    @Modified
    void configure(CustomerConfig config) {
        this.codePattern = new CodePattern(config.codePattern());
        this.matcher = new DuplicateMatcher(config.similarityThreshold());
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Customer> search(UserContext caller, CustomerFilter filter, PageRequest page) {
        Where where = where(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY c.createdAt DESC, c.id DESC"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", c.id";
        return store.jpa().read(em -> {
            // the page's ids first, then its rows: the filter, the order and the paging can then come from one
            // index without reading the rows they skip (PostgreSQL: IX_CRM_CUSTOMER_LIST_COVER)
            List<Long> ids = where.bind(em.createQuery("SELECT c.id FROM CustomerEntity c" + where.clause() + orderBy,
                    Long.class)).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            if (ids.isEmpty()) {
                return List.<Customer>of();
            }
            Map<Long, CustomerEntity> byId = new HashMap<>();
            em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id IN :ids", CustomerEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(c -> byId.put(c.getId(), c));
            return toDtos(em, ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
        });
    }

    @Override
    public int count(UserContext caller, CustomerFilter filter) {
        Where where = where(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery(
                "SELECT COUNT(c) FROM CustomerEntity c" + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    @Override
    public int countUpTo(UserContext caller, CustomerFilter filter, int atMost) {
        if (atMost <= 0) {
            return 0;
        }
        return store.countUpTo("SELECT c.id FROM CustomerEntity c", where(caller, filter), atMost);
    }

    private Where where(UserContext caller, CustomerFilter f) {
        return filtered(visibleWhere(guard.scope(caller, CrmPermissions.CUSTOMER_VIEW)), f, caller);
    }

    /** Adds the conditions of the filter (not the scope) on {@code CustomerEntity c} to the WHERE. */
    public Where filtered(Where where, CustomerFilter f, UserContext caller) {
        if (!Where.blank(f.text())) {
            textCondition(where, f.text());
        }
        if (!f.lifecycles().isEmpty()) {
            where.and("c.lifecycle IN :lifecycles", "lifecycles", f.lifecycles());
        }
        if (!f.tiers().isEmpty()) {
            where.and("c.tier IN :tiers", "tiers", f.tiers());
        }
        if (!f.types().isEmpty()) {
            where.and("c.type IN :types", "types", f.types());
        }
        if (!Where.blank(f.province())) {
            where.and("c.province = :province", "province", f.province().strip());
        }
        if (!Where.blank(f.industry())) {
            where.and("c.industry = :industry", "industry", f.industry().strip());
        }
        if (!Where.blank(f.city())) {
            where.and("c.city = :city", "city", f.city().strip());
        }
        int n = 0;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(f.classifications()).entrySet()) {
            where.and("EXISTS (SELECT k FROM CustomerClassEntity k, ClassDimensionEntity kd, ClassValueEntity kv "
                    + "WHERE k.customerId = c.id AND kd.id = k.dimensionId AND kv.id = k.valueId AND kd.code = :kd" + n
                    + " AND kv.code = :kv" + n + ")", "kd" + n, Classifications.code(e.getKey()), "kv" + n,
                    Classifications.code(e.getValue()));
            n++;
        }
        if (f.ownerUserId() != null) {
            where.and("c.ownerUserId = :ownerUser", "ownerUser", f.ownerUserId());
        }
        if (f.ownerUnitId() != null) {
            where.and("c.ownerUnitId IN :ownerUnits", "ownerUnits", org.subtreeIds(f.ownerUnitId()));
        }
        if (f.mineOnly()) {
            where.and("c.ownerUserId = :me", "me", caller.userId());
        }
        return where;
    }

    /**
     * The text search: customers with a search key (name, short name, name core, pinyin initials, code,
     * credit code, old code) that starts with the text. The matching ids are looked up first in the key
     * index. A text that matches more than {@link #KEY_ID_LIMIT} customers (one or two characters in a
     * large group) is a subquery on PostgreSQL, which joins it by hash; Derby would run such a subquery
     * once per customer (51 s at 1M customers), so there it compares the same keys in the customer's own
     * columns (a scan of the customers, 2–3 s at 1M).
     */
    private void textCondition(Where where, String text) {
        String prefix = Where.escape(CustomerSearchKeys.normalise(text)) + "%";
        List<Long> ids = store.jpa().read(em -> em.createQuery("SELECT DISTINCT k.customerId FROM CustomerKeyEntity k "
                + "WHERE k.value LIKE :kp ESCAPE '\\'", Long.class).setParameter("kp", prefix)
                .setMaxResults(KEY_ID_LIMIT + 1).getResultList());
        if (ids.isEmpty()) {
            where.and("1 = 0"); // no customer has a key with this prefix
        } else if (ids.size() <= KEY_ID_LIMIT) {
            where.and("c.id IN :keyIds", "keyIds", ids);
        } else if (!onDerby()) {
            where.and("c.id IN (SELECT k.customerId FROM CustomerKeyEntity k WHERE k.value LIKE :kp "
                + "ESCAPE '\\')", "kp", prefix);
        } else {
            List<Long> aliased = store.jpa().read(em -> em.createQuery("SELECT a.customerId FROM CustomerAliasEntity a "
                    + "WHERE LOWER(a.code) LIKE :kp ESCAPE '\\'", Long.class).setParameter("kp", prefix).getResultList());
            String columns = "c.nameLower LIKE :kp ESCAPE '\\' OR LOWER(c.shortName) LIKE :kp ESCAPE '\\' "
                    + "OR LOWER(c.nameCore) LIKE :kp ESCAPE '\\' OR LOWER(c.pinyinInitials) LIKE :kp ESCAPE '\\' "
                    + "OR LOWER(c.code) LIKE :kp ESCAPE '\\' OR LOWER(c.creditCode) LIKE :kp ESCAPE '\\'";
            if (aliased.isEmpty()) {
                where.and(columns, "kp", prefix);
            } else {
                where.and(columns + " OR c.id IN :aliased", "kp", prefix, "aliased", aliased);
            }
        }
    }

    /** @return whether the database is Derby (asked once; a persistence unit keeps its database) */
    private boolean onDerby() {
        Boolean known = derby;
        if (known == null) {
            known = store.jpa().inTransaction(em -> {
                try {
                    return em.unwrap(java.sql.Connection.class).getMetaData().getDatabaseProductName()
                            .contains("Derby");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("cannot read the database product", e);
                }
            });
            derby = known;
        }
        return known;
    }

    /** @return a WHERE over {@code CustomerEntity c} that keeps the customers the scope sees */
    public static Where visibleWhere(ScopeFilter scope) {
        return new Where().inScope(scope, "c.ownerUnitId IN :scopeUnits OR EXISTS (SELECT s FROM ServiceUnitEntity s "
                + "WHERE s.customerId = c.id AND s.unitId IN :scopeUnits)", "c.ownerUserId");
    }

    @Override
    public Customer get(UserContext caller, long customerId) {
        return store.jpa().read(em -> toDto(em, visible(em, caller, CrmPermissions.CUSTOMER_VIEW, customerId)));
    }

    @Override
    public Customer getByCode(UserContext caller, String code) {
        String upper = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return store.jpa().read(em -> {
            List<Long> ids = em.createQuery("SELECT c.id FROM CustomerEntity c WHERE c.code = :code", Long.class)
                    .setParameter("code", upper).getResultList();
            if (ids.isEmpty()) {
                ids = em.createQuery("SELECT a.customerId FROM CustomerAliasEntity a WHERE a.code = :code", Long.class)
                        .setParameter("code", upper).getResultList();
            }
            if (ids.isEmpty()) {
                throw guard.notFound(caller, "kind.customer");
            }
            return toDto(em, visible(em, caller, CrmPermissions.CUSTOMER_VIEW, ids.get(0)));
        });
    }

    /**
     * Loads a customer the caller may see with the permission (owner or serving unit in scope).
     *
     * @throws org.atrium.platform.api.NotFoundException otherwise
     */
    public CustomerEntity visible(EntityManager em, UserContext caller, String permission, long customerId) {
        ScopeFilter scope = guard.scope(caller, permission);
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c == null || !(scope.permits(c.getOwnerUnitId(), c.getOwnerUserId())
                || scope.permitsAnyUnit(serviceUnitIds(em, customerId)))) {
            throw guard.notFound(caller, "kind.customer");
        }
        return c;
    }

    /**
     * Loads a customer the caller may change with the permission (owner in scope).
     *
     * @throws org.atrium.platform.api.NotFoundException when the caller cannot even see it
     * @throws org.atrium.platform.api.AccessDeniedException when the caller sees but may not change it
     */
    public CustomerEntity changeable(EntityManager em, UserContext caller, String permission, long customerId) {
        CustomerEntity c = visible(em, caller, CrmPermissions.CUSTOMER_VIEW, customerId);
        guard.checkRecord(caller, permission, c.getOwnerUnitId(), c.getOwnerUserId());
        return c;
    }

    private static List<Long> serviceUnitIds(EntityManager em, long customerId) {
        return em.createQuery("SELECT s.unitId FROM ServiceUnitEntity s WHERE s.customerId = :c", Long.class)
                .setParameter("c", customerId).getResultList();
    }

    // ---------------------------------------------------------------- duplicates

    @Override
    public List<DuplicateMatch> checkDuplicates(UserContext caller, String name, String creditCode, Long excludeId) {
        if (!access.isPermitted(caller, CrmPermissions.CUSTOMER_CREATE)
                && !access.isPermitted(caller, CrmPermissions.CUSTOMER_EDIT)) {
            throw guard.denied(caller, CrmPermissions.CUSTOMER_CREATE);
        }
        return store.jpa().read(em -> duplicates(em, caller, name, CreditCodes.normalise(creditCode), excludeId));
    }

    private List<DuplicateMatch> duplicates(EntityManager em, UserContext caller, String name, String creditCode,
            Long excludeId) {
        NameKeys keys = Where.blank(name) ? null : NameKeys.of(name, pinyin);
        Map<Long, CustomerEntity> candidates = candidates(em, keys, creditCode, excludeId);
        Map<Long, Known> known = new LinkedHashMap<>();
        candidates.values().forEach(c -> known.put(c.getId(), new Known(c.getId(), keysOf(c), c.getCreditCode())));
        List<Match> matches = matcher.match(keys, creditCode, known.values());
        ScopeFilter view = guardScopeOrNone(caller);
        List<DuplicateMatch> out = new ArrayList<>();
        for (Match m : matches) {
            CustomerEntity c = candidates.get(m.id());
            boolean visible = view.permits(c.getOwnerUnitId(), c.getOwnerUserId())
                    || view.permitsAnyUnit(serviceUnitIds(em, c.getId()));
            out.add(new DuplicateMatch(m.reason(), m.score(), companyName(c.getOwnerUnitId()),
                    userName(c.getOwnerUserId()), visible ? c.getId() : null, visible ? c.getName() : null));
        }
        return out;
    }

    /**
     * @return the customer the group-wide duplicate check finds first for the name and credit code
     *         (the most certain match), whether or not anyone may see it
     */
    public java.util.Optional<CustomerEntity> bestMatch(EntityManager em, String name, String creditCode) {
        NameKeys keys = Where.blank(name) ? null : NameKeys.of(name, pinyin);
        String code = CreditCodes.normalise(creditCode);
        Map<Long, CustomerEntity> candidates = candidates(em, keys, code, null);
        List<Known> known = candidates.values().stream()
                .map(c -> new Known(c.getId(), keysOf(c), c.getCreditCode())).toList();
        return matcher.match(keys, code, known).stream().findFirst().map(m -> candidates.get(m.id()));
    }

    /** @return the name of the company (subsidiary or branch) of a unit, {@code "?"} when unknown */
    public String companyNameOf(long unitId) {
        return companyName(unitId);
    }

    /** @return a user's display name, {@code "?"} when unknown */
    public String userNameOf(long userId) {
        return userName(userId);
    }

    private ScopeFilter guardScopeOrNone(UserContext caller) {
        return access.scopeOf(caller, CrmPermissions.CUSTOMER_VIEW);
    }

    private Map<Long, CustomerEntity> candidates(EntityManager em, NameKeys keys, String creditCode, Long excludeId) {
        Map<Long, CustomerEntity> out = new LinkedHashMap<>();
        if (creditCode != null) {
            em.createQuery("SELECT c FROM CustomerEntity c WHERE c.creditCode = :code", CustomerEntity.class)
                    .setParameter("code", creditCode).setMaxResults(CANDIDATE_LIMIT).getResultList()
                    .forEach(c -> out.put(c.getId(), c));
        }
        if (keys != null && !keys.normalised().isEmpty()) {
            // one indexed column per query: an OR over several columns is a scan of every customer on Derby.
            // Exact keys first, then names sharing the first two characters of the core (typos later in the name)
            String[][] exact = {{"nameNorm", keys.normalised()}, {"nameCore", keys.core()}, {"nameNorm", keys.core()},
                    {"nameCore", keys.normalised()}, {"namePinyin", keys.pinyin()}};
            for (String[] key : exact) {
                if (out.size() >= CANDIDATE_LIMIT || key[1] == null || key[1].isEmpty()) {
                    continue;
                }
                em.createQuery("SELECT c FROM CustomerEntity c WHERE c." + key[0] + " = :key", CustomerEntity.class)
                        .setParameter("key", key[1]).setMaxResults(CANDIDATE_LIMIT - out.size()).getResultList()
                        .forEach(c -> out.putIfAbsent(c.getId(), c));
            }
            if (out.size() < CANDIDATE_LIMIT && !keys.core().isEmpty()) {
                String corePrefix = Where.escape(keys.core().substring(0, Math.min(2, keys.core().length()))) + "%";
                em.createQuery("SELECT c FROM CustomerEntity c WHERE c.nameCore LIKE :corePrefix ESCAPE '\\'",
                        CustomerEntity.class).setParameter("corePrefix", corePrefix)
                        .setMaxResults(CANDIDATE_LIMIT - out.size()).getResultList()
                        .forEach(c -> out.putIfAbsent(c.getId(), c));
            }
        }
        if (excludeId != null) {
            out.remove(excludeId);
        }
        return out;
    }

    private static NameKeys keysOf(CustomerEntity c) {
        return new NameKeys(c.getNameNorm(), c.getNameCore(), c.isRegionPrefixed(), c.getNamePinyin(),
                c.getPinyinInitials());
    }

    private String companyName(long unitId) {
        try {
            return org.companyOf(unitId).name();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private String userName(long userId) {
        return users.summary(userId).map(UserSummary::displayName).orElse("?");
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Customer create(UserContext caller, CustomerDraft draft) {
        return create(caller, draft, new Owner(caller.userId(), caller.primaryUnitId()));
    }

    @Override
    public Customer create(UserContext caller, CustomerDraft draft, Owner owner) {
        Customer created = store.jpa().inTransaction(em -> toDto(em, createIn(em, caller, draft, owner)));
        audit.record(caller, "crm.customer.create", TARGET, String.valueOf(created.id()),
                created.code() + " " + created.name());
        return created;
    }

    /**
     * Creates a customer inside the caller's transaction, with permission, validation and the certain
     * duplicate check; the caller audits.
     */
    public CustomerEntity createIn(EntityManager em, UserContext caller, CustomerDraft draft, Owner owner) {
        guard.checkRecord(caller, CrmPermissions.CUSTOMER_CREATE, owner.unitId(), owner.userId());
        Fields fields = new Fields(texts, caller.locale());
        CustomerRules.Clean clean = CustomerRules.validate(draft, fields);
        if (draft.parentId() != null && em.find(CustomerEntity.class, draft.parentId()) == null) {
            fields.error("parentId", "customer.parent.invalid");
        }
        Map<Long, Long> classes = classifications.resolve(em, draft.classifications(), null, fields);
        fields.check();
        rejectCertainDuplicates(em, caller, clean.name(), clean.creditCode(), null);
        CustomerEntity c = new CustomerEntity();
        apply(c, clean, draft);
        c.setLifecycle(draft.lifecycle() == null ? LifecycleStage.IDENTIFYING : draft.lifecycle());
        Instant now = Instant.now();
        c.created(owner.userId(), owner.unitId(), now);
        c.setOwnedSince(now);
        c.setCode(nextCode(em, LocalDate.ofInstant(now, ZoneId.systemDefault())));
        em.persist(c);
        em.flush();
        CustomerSearchKeys.insert(em, c);
        classifications.apply(em, c.getId(), classes);
        return c;
    }

    private void rejectCertainDuplicates(EntityManager em, UserContext caller, String name, String creditCode,
            Long excludeId) {
        List<DuplicateMatch> certain = duplicates(em, caller, name, creditCode, excludeId).stream()
                .filter(DuplicateMatch::isCertain).toList();
        if (!certain.isEmpty()) {
            DuplicateMatch first = certain.get(0);
            String field = first.reason() == DuplicateReason.CREDIT_CODE ? "creditCode" : "name";
            throw new DuplicateCustomerException(field, texts.get(caller.locale(), "customer.duplicate",
                    first.holderCompany(), first.holderOwnerName()), certain);
        }
    }

    private void apply(CustomerEntity c, CustomerRules.Clean clean, CustomerDraft d) {
        c.rename(clean.name(), NameKeys.of(clean.name(), pinyin));
        c.setShortName(clean.shortName());
        c.setCreditCode(clean.creditCode());
        c.setIndustry(clean.industry());
        c.setProvince(clean.province());
        c.setCity(clean.city());
        c.setType(d.type());
        c.setSource(clean.source());
        c.setTier(d.tier());
        c.setCreditRating(clean.creditRating());
        c.setParentId(d.parentId());
    }

    /**
     * Hands out {@code count} consecutive customer codes in one step (bulk writers such as the demo
     * data and the import), inside the caller's transaction.
     */
    public List<String> reserveCodes(EntityManager em, LocalDate today, int count) {
        CodePattern pattern = codePattern;
        String key = pattern.counterKey(today);
        CodeCounterEntity counter = em.find(CodeCounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CodeCounterEntity(key);
            em.persist(counter);
        }
        long first = counter.reserve(count);
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            codes.add(pattern.format(today, first + i));
        }
        return codes;
    }

    private String nextCode(EntityManager em, LocalDate today) {
        CodePattern pattern = codePattern;
        String key = pattern.counterKey(today);
        CodeCounterEntity counter = em.find(CodeCounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CodeCounterEntity(key);
            em.persist(counter);
        }
        return pattern.format(today, counter.next());
    }

    @Override
    public Customer update(UserContext caller, long customerId, CustomerDraft draft, long expectedVersion) {
        Customer updated = store.jpa().inTransaction(em -> {
            CustomerEntity c = changeable(em, caller, CrmPermissions.CUSTOMER_EDIT, customerId);
            if (c.getVersion() != expectedVersion) {
                throw new ValidationException("", texts.get(caller.locale(), "validation.stale"));
            }
            Fields fields = new Fields(texts, caller.locale());
            CustomerRules.Clean clean = CustomerRules.validate(draft, fields);
            if (draft.parentId() != null && createsCycle(em, customerId, draft.parentId())) {
                fields.error("parentId", "customer.parent.invalid");
            }
            Map<Long, Long> classes = classifications.resolve(em, draft.classifications(), customerId, fields);
            fields.check();
            rejectCertainDuplicates(em, caller, clean.name(), clean.creditCode(), customerId);
            apply(c, clean, draft);
            CustomerSearchKeys.sync(em, c);
            classifications.apply(em, customerId, classes);
            if (draft.lifecycle() != null) {
                c.setLifecycle(draft.lifecycle());
            }
            c.setUpdatedAt(Instant.now());
            em.flush();
            return toDto(em, c);
        });
        audit.record(caller, "crm.customer.update", TARGET, String.valueOf(customerId), updated.code() + " " + updated.name());
        return updated;
    }

    private static boolean createsCycle(EntityManager em, long customerId, long parentId) {
        Long current = parentId;
        for (int depth = 0; current != null && depth < 100; depth++) {
            if (current == customerId) {
                return true;
            }
            CustomerEntity p = em.find(CustomerEntity.class, current);
            if (p == null) {
                return true;
            }
            current = p.getParentId();
        }
        return current != null;
    }

    @Override
    public void delete(UserContext caller, long customerId) {
        String label = store.jpa().inTransaction(em -> {
            CustomerEntity c = changeable(em, caller, CrmPermissions.CUSTOMER_DELETE, customerId);
            long attached = 0;
            for (String entity : List.of("ContactEntity", "OpportunityEntity", "ActivityEntity", "LeadEntity")) {
                attached += em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.customerId = :c", Long.class)
                        .setParameter("c", customerId).getSingleResult();
            }
            attached += em.createQuery("SELECT COUNT(x) FROM CustomerEntity x WHERE x.parentId = :c", Long.class)
                    .setParameter("c", customerId).getSingleResult();
            if (attached > 0) {
                throw new ValidationException("", texts.get(caller.locale(), "customer.delete.attached"));
            }
            em.createQuery("DELETE FROM ServiceUnitEntity s WHERE s.customerId = :c").setParameter("c", customerId)
                    .executeUpdate();
            em.createQuery("DELETE FROM CustomerAliasEntity a WHERE a.customerId = :c").setParameter("c", customerId)
                    .executeUpdate();
            em.createQuery("DELETE FROM SharingRequestEntity r WHERE r.customerId = :c").setParameter("c", customerId)
                    .executeUpdate();
            classifications.delete(em, customerId);
            CustomerSearchKeys.delete(em, customerId);
            em.remove(c);
            return c.getCode() + " " + c.getName();
        });
        audit.record(caller, "crm.customer.delete", TARGET, String.valueOf(customerId), label);
    }

    @Override
    public Customer assign(UserContext caller, long customerId, Owner newOwner) {
        Customer result = store.jpa().inTransaction(em -> {
            CustomerEntity c = changeable(em, caller, CrmPermissions.CUSTOMER_ASSIGN, customerId);
            guard.checkRecord(caller, CrmPermissions.CUSTOMER_ASSIGN, newOwner.unitId(), newOwner.userId());
            c.setOwnerUserId(newOwner.userId());
            c.setOwnerUnitId(newOwner.unitId());
            c.setUpdatedAt(Instant.now());
            c.setOwnedSince(c.getUpdatedAt());
            c.setPoolSince(null);
            em.flush();
            return toDto(em, c);
        });
        audit.record(caller, "crm.customer.assign", TARGET, String.valueOf(customerId),
                "owner " + newOwner.userId() + " unit " + newOwner.unitId());
        return result;
    }

    // ---------------------------------------------------------------- service relationships

    @Override
    public List<ServiceRelationship> serviceRelationships(UserContext caller, long customerId) {
        return store.jpa().read(em -> {
            visible(em, caller, CrmPermissions.CUSTOMER_VIEW, customerId);
            return em.createQuery("SELECT s FROM ServiceUnitEntity s WHERE s.customerId = :c ORDER BY s.since",
                    ServiceUnitEntity.class).setParameter("c", customerId).getResultList().stream()
                    .map(s -> new ServiceRelationship(customerId, s.getUnitId(), s.getNote(), s.getSince())).toList();
        });
    }

    @Override
    public ServiceRelationship addServiceRelationship(UserContext caller, long customerId, long unitId, String note) {
        ServiceRelationship r = store.jpa().inTransaction(em -> {
            CustomerEntity c = changeable(em, caller, CrmPermissions.CUSTOMER_EDIT, customerId);
            Fields fields = new Fields(texts, caller.locale());
            String cleanNote = fields.text("note", note, 200, false);
            if (org.unit(unitId).isEmpty() || unitId == c.getOwnerUnitId()) {
                fields.error("unitId", "customer.serviceUnit.invalid");
            }
            fields.check();
            List<ServiceUnitEntity> existing = em.createQuery(
                    "SELECT s FROM ServiceUnitEntity s WHERE s.customerId = :c AND s.unitId = :u", ServiceUnitEntity.class)
                    .setParameter("c", customerId).setParameter("u", unitId).getResultList();
            ServiceUnitEntity s;
            if (existing.isEmpty()) {
                s = new ServiceUnitEntity(customerId, unitId, cleanNote, Instant.now());
                em.persist(s);
            } else {
                s = existing.get(0);
                s.setNote(cleanNote);
            }
            return new ServiceRelationship(customerId, unitId, s.getNote(), s.getSince());
        });
        audit.record(caller, "crm.customer.serviceUnit.add", TARGET, String.valueOf(customerId), "unit " + unitId);
        return r;
    }

    @Override
    public void removeServiceRelationship(UserContext caller, long customerId, long unitId) {
        store.jpa().run(em -> {
            changeable(em, caller, CrmPermissions.CUSTOMER_EDIT, customerId);
            em.createQuery("DELETE FROM ServiceUnitEntity s WHERE s.customerId = :c AND s.unitId = :u")
                    .setParameter("c", customerId).setParameter("u", unitId).executeUpdate();
        });
        audit.record(caller, "crm.customer.serviceUnit.remove", TARGET, String.valueOf(customerId), "unit " + unitId);
    }

    // ---------------------------------------------------------------- hand-over and merge

    @Override
    public HandOverResult handOver(UserContext caller, long fromUserId, long toUserId) {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.CUSTOMER_ASSIGN);
        UserSummary target = users.summary(toUserId).orElseThrow(() -> new ValidationException("toUserId",
                texts.get(caller.locale(), "handOver.target.invalid")));
        if (!target.enabled() || fromUserId == toUserId || !scope.permits(target.primaryUnitId(), toUserId)) {
            throw new ValidationException("toUserId", texts.get(caller.locale(), "handOver.target.invalid"));
        }
        long unit = target.primaryUnitId();
        HandOverResult result = store.jpa().inTransaction(em -> {
            int[] skipped = {0};
            int customers = reassign(em, "CustomerEntity", fromUserId, toUserId, unit, scope, skipped);
            int contacts = reassign(em, "ContactEntity", fromUserId, toUserId, unit, scope, skipped);
            int leads = reassign(em, "LeadEntity", fromUserId, toUserId, unit, scope, skipped);
            int opportunities = reassign(em, "OpportunityEntity", fromUserId, toUserId, unit, scope, skipped);
            return new HandOverResult(customers, contacts, leads, opportunities, skipped[0]);
        });
        audit.record(caller, "crm.handover", "user", String.valueOf(fromUserId), "to user " + toUserId + ": "
                + result.customers() + " customers, " + result.contacts() + " contacts, " + result.leads() + " leads, "
                + result.opportunities() + " opportunities, " + result.skipped() + " skipped (outside scope)");
        return result;
    }

    private static int reassign(EntityManager em, String entity, long from, long to, long unit, ScopeFilter scope,
            int[] skipped) {
        List<Object[]> rows = em.createQuery("SELECT x.id, x.ownerUnitId FROM " + entity
                + " x WHERE x.ownerUserId = :from", Object[].class).setParameter("from", from).getResultList();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            if (scope.permits((Long) row[1], from)) {
                ids.add((Long) row[0]);
            } else {
                skipped[0]++;
            }
        }
        int moved = 0;
        for (int i = 0; i < ids.size(); i += 500) {
            moved += em.createQuery("UPDATE " + entity + " x SET x.ownerUserId = :to, x.ownerUnitId = :unit, "
                    + "x.updatedAt = :now WHERE x.id IN :ids").setParameter("to", to).setParameter("unit", unit)
                    .setParameter("now", Instant.now()).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .executeUpdate();
        }
        return moved;
    }

    @Override
    public Customer merge(UserContext caller, long survivorId, long duplicateId, Set<CustomerField> takeFromDuplicate) {
        if (survivorId == duplicateId) {
            throw new ValidationException("", texts.get(caller.locale(), "merge.same"));
        }
        Set<CustomerField> take = takeFromDuplicate.isEmpty() ? EnumSet.noneOf(CustomerField.class)
                : EnumSet.copyOf(takeFromDuplicate);
        String[] duplicateCode = new String[1];
        Customer merged = store.jpa().inTransaction(em -> {
            CustomerEntity s = changeable(em, caller, CrmPermissions.CUSTOMER_MERGE, survivorId);
            CustomerEntity d = changeable(em, caller, CrmPermissions.CUSTOMER_MERGE, duplicateId);
            duplicateCode[0] = d.getCode();
            takeFields(s, d, take);
            classifications.merge(em, survivorId, duplicateId, take.contains(CustomerField.CLASSIFICATIONS));
            for (String entity : List.of("ContactEntity", "LeadEntity", "OpportunityEntity", "ActivityEntity",
                    "CustomerAliasEntity", "SharingRequestEntity")) {
                em.createQuery("UPDATE " + entity + " x SET x.customerId = :s WHERE x.customerId = :d")
                        .setParameter("s", survivorId).setParameter("d", duplicateId).executeUpdate();
            }
            em.createQuery("UPDATE CustomerEntity x SET x.parentId = :s WHERE x.parentId = :d AND x.id <> :s")
                    .setParameter("s", survivorId).setParameter("d", duplicateId).executeUpdate();
            List<Long> survivorUnits = serviceUnitIds(em, survivorId);
            for (ServiceUnitEntity su : em.createQuery("SELECT x FROM ServiceUnitEntity x WHERE x.customerId = :d",
                    ServiceUnitEntity.class).setParameter("d", duplicateId).getResultList()) {
                if (survivorUnits.contains(su.getUnitId()) || su.getUnitId() == s.getOwnerUnitId()) {
                    em.remove(su);
                } else {
                    su.setCustomerId(survivorId);
                }
            }
            if (s.getParentId() != null && s.getParentId() == duplicateId) {
                s.setParentId(d.getParentId() != null && d.getParentId() != survivorId ? d.getParentId() : null);
            }
            em.flush();
            CustomerSearchKeys.delete(em, duplicateId);
            em.remove(d);
            em.flush();
            em.persist(new CustomerAliasEntity(survivorId, duplicateCode[0]));
            s.setUpdatedAt(Instant.now());
            CustomerSearchKeys.sync(em, s);
            em.flush();
            refreshLastActivity(em, survivorId);
            return toDto(em, s);
        });
        audit.record(caller, "crm.customer.merge", TARGET, String.valueOf(survivorId),
                "merged " + duplicateCode[0] + " (id " + duplicateId + ") into " + merged.code() + ", fields from duplicate: " + take);
        return merged;
    }

    private void takeFields(CustomerEntity s, CustomerEntity d, Set<CustomerField> take) {
        for (CustomerField f : take) {
            switch (f) {
                case NAME -> s.rename(d.getName(), keysOf(d));
                case SHORT_NAME -> s.setShortName(d.getShortName());
                case CREDIT_CODE -> s.setCreditCode(d.getCreditCode());
                case INDUSTRY -> s.setIndustry(d.getIndustry());
                case PROVINCE -> s.setProvince(d.getProvince());
                case CITY -> s.setCity(d.getCity());
                case TYPE -> s.setType(d.getType());
                case SOURCE -> s.setSource(d.getSource());
                case LIFECYCLE -> s.setLifecycle(d.getLifecycle());
                case TIER -> s.setTier(d.getTier());
                case CREDIT_RATING -> s.setCreditRating(d.getCreditRating());
                case PARENT -> s.setParentId(d.getParentId() != null && d.getParentId() != s.getId().longValue()
                        ? d.getParentId() : null);
                case OWNER -> {
                    s.setOwnerUserId(d.getOwnerUserId());
                    s.setOwnerUnitId(d.getOwnerUnitId());
                }
                case CLASSIFICATIONS -> {
                    // carried row by row in merge(), not a column of the customer
                }
            }
        }
    }

    /**
     * Sets the customer's last follow-up to its latest activity (or none), inside the caller's
     * transaction, after activities were added, changed, moved or deleted. A bulk update: it does
     * not count as an edit of the customer (no version change, so no "changed by someone else").
     */
    public void refreshLastActivity(EntityManager em, long customerId) {
        em.flush();
        // native SQL: a JPQL bulk update would also raise the optimistic-lock version
        em.createNativeQuery("UPDATE CRM_CUSTOMER SET LAST_ACTIVITY_AT = (SELECT MAX(a.OCCURRED_AT) FROM CRM_ACTIVITY a "
                + "WHERE a.CUSTOMER_ID = ?) WHERE ID = ?").setParameter(1, customerId).setParameter(2, customerId)
                .executeUpdate();
    }

    /** Moves a customer forward in its lifecycle (never backwards), inside the caller's transaction. */
    public void promote(EntityManager em, long customerId, LifecycleStage target) {
        CustomerEntity c = em.find(CustomerEntity.class, customerId);
        if (c != null) {
            LifecycleStage next = CustomerRules.promote(c.getLifecycle(), target);
            if (next != c.getLifecycle()) {
                c.setLifecycle(next);
                c.setUpdatedAt(Instant.now());
            }
        }
    }

    // ---------------------------------------------------------------- mapping

    /** @return the customer as the API returns it */
    public Customer toDto(EntityManager em, CustomerEntity c) {
        return toDtos(em, List.of(c)).get(0);
    }

    /** @return the customers as the API returns them, in the same order */
    public List<Customer> toDtos(EntityManager em, Collection<CustomerEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        TypedQuery<CustomerAliasEntity> q = em.createQuery(
                "SELECT a FROM CustomerAliasEntity a WHERE a.customerId IN :ids ORDER BY a.id", CustomerAliasEntity.class);
        q.setParameter("ids", rows.stream().map(CustomerEntity::getId).toList()).getResultList()
                .forEach(a -> aliases.computeIfAbsent(a.getCustomerId(), k -> new ArrayList<>()).add(a.getCode()));
        Map<Long, List<Classification>> classes = classifications.of(em,
                rows.stream().map(CustomerEntity::getId).toList());
        return rows.stream().map(c -> new Customer(c.getId(), c.getCode(), c.getName(), c.getShortName(),
                c.getCreditCode(), c.getIndustry(), c.getProvince(), c.getCity(), c.getType(), c.getSource(),
                c.getLifecycle(), c.getTier(), c.getCreditRating(), c.getOwnerUserId(), c.getOwnerUnitId(),
                c.getParentId(), aliases.getOrDefault(c.getId(), List.of()), c.getPinyinInitials(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getVersion(), classes.getOrDefault(c.getId(), List.of()))).toList();
    }
}
