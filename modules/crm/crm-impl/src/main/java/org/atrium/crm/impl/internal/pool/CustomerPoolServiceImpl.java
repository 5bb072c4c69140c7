package org.atrium.crm.impl.internal.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.LockModeType;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.PoolCustomer;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The public pool on JPA. A pool customer has owner {@link #NO_OWNER} and its company as owning unit,
 * so company-wide scopes keep seeing it in the ordinary lists; the pool list adds the caller's own
 * company for salespeople whose scope is only their own records.
 */
@Component(service = {CustomerPoolService.class, CustomerPoolServiceImpl.class}, configurationPid = PoolConfig.PID)
@Designate(ocd = PoolConfig.class)
public final class CustomerPoolServiceImpl implements CustomerPoolService {

    static final String TARGET = "crm.customer";
    private static final int CHUNK = 500;
    private static final Map<String, String> SORTABLE = Map.of("poolSince", "c.poolSince", "name", "c.nameLower",
            "lastActivityAt", "c.lastActivityAt");

    private final CrmStore store;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final OrgService org;
    private final CustomerServiceImpl customers;
    private volatile PoolDays days;
    private volatile int claimLimit;

    @Activate
    public CustomerPoolServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit, @Reference OrgService org, @Reference CustomerServiceImpl customers,
            PoolConfig config) {
        this.store = store;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.org = org;
        this.customers = customers;
        configure(config);
    }

    @Modified
    void configure(PoolConfig config) {
        this.days = PoolDays.parse(config.poolDays(), config.poolDaysByCompany());
        this.claimLimit = Math.max(0, config.claimLimit());
    }

    @Override
    public List<PoolCustomer> poolCustomers(UserContext caller, CustomerFilter filter, PageRequest page) {
        Where where = poolWhere(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY c.poolSince DESC, c.id DESC"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", c.id";
        return store.jpa().read(em -> {
            List<CustomerEntity> rows = where.bind(em.createQuery("SELECT c FROM CustomerEntity c" + where.clause()
                    + orderBy, CustomerEntity.class)).setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList();
            List<Customer> dtos = customers.toDtos(em, rows);
            List<PoolCustomer> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                out.add(new PoolCustomer(dtos.get(i), rows.get(i).getPoolSince(), rows.get(i).getLastActivityAt()));
            }
            return out;
        });
    }

    @Override
    public int countPool(UserContext caller, CustomerFilter filter) {
        Where where = poolWhere(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(c) FROM CustomerEntity c"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    private Where poolWhere(UserContext caller, CustomerFilter f) {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.CUSTOMER_VIEW);
        Where where = new Where().and("c.ownerUserId = :noOwner", "noOwner", NO_OWNER);
        if (!scope.wholeGroup()) {
            where.and("c.ownerUnitId IN :poolUnits", "poolUnits", poolUnits(caller, scope));
        }
        CustomerFilter withoutOwner = new CustomerFilter(f.text(), f.lifecycles(), f.tiers(), f.types(), f.province(),
                f.industry(), null, null, false);
        return customers.filtered(where, withoutOwner, caller);
    }

    /** The caller's own company, and the units of the view scope (pools are owned by companies). */
    private Set<Long> poolUnits(UserContext caller, ScopeFilter scope) {
        Set<Long> units = new HashSet<>(scope.unitIds());
        units.add(org.companyOf(caller.primaryUnitId()).id());
        return units;
    }

    @Override
    public Customer claim(UserContext caller, long customerId) {
        ScopeFilter view = guard.scope(caller, CrmPermissions.CUSTOMER_VIEW);
        guard.scope(caller, CrmPermissions.CUSTOMER_EDIT);
        int limit = claimLimit;
        String[] from = new String[1];
        Customer claimed = store.jpa().inTransaction(em -> {
            CustomerEntity c = em.find(CustomerEntity.class, customerId, LockModeType.PESSIMISTIC_WRITE);
            if (c == null || !(view.wholeGroup() || poolUnits(caller, view).contains(c.getOwnerUnitId()))) {
                throw guard.notFound(caller, "kind.customer");
            }
            if (c.getOwnerUserId() != NO_OWNER) {
                throw new ValidationException("", texts.get(caller.locale(), "pool.taken"));
            }
            if (limit > 0) {
                long held = em.createQuery("SELECT COUNT(x) FROM CustomerEntity x WHERE x.ownerUserId = :me", Long.class)
                        .setParameter("me", caller.userId()).getSingleResult();
                if (held >= limit) {
                    throw new ValidationException("", texts.get(caller.locale(), "pool.claim.limit", limit));
                }
            }
            from[0] = unitName(c.getOwnerUnitId());
            Instant now = Instant.now();
            c.setOwnerUserId(caller.userId());
            c.setOwnerUnitId(caller.primaryUnitId());
            c.setOwnedSince(now);
            c.setPoolSince(null);
            c.setUpdatedAt(now);
            em.flush();
            return customers.toDto(em, c);
        });
        audit.record(caller, "crm.customer.pool.claim", TARGET, String.valueOf(customerId),
                claimed.code() + " " + claimed.name() + " claimed from the pool of " + from[0]);
        return claimed;
    }

    @Override
    public Customer releaseToPool(UserContext caller, long customerId) {
        long[] previousOwner = new long[1];
        Customer released = store.jpa().inTransaction(em -> {
            CustomerEntity c = customers.changeable(em, caller, CrmPermissions.CUSTOMER_EDIT, customerId);
            if (c.getOwnerUserId() == NO_OWNER) {
                throw new ValidationException("", texts.get(caller.locale(), "pool.already"));
            }
            previousOwner[0] = c.getOwnerUserId();
            toPool(c, org.companyOf(c.getOwnerUnitId()).id(), Instant.now());
            em.flush();
            return customers.toDto(em, c);
        });
        audit.record(caller, "crm.customer.pool.release", TARGET, String.valueOf(customerId), released.code() + " "
                + released.name() + " released by owner " + previousOwner[0] + " to the pool of "
                + unitName(released.ownerUnitId()));
        return released;
    }

    private static void toPool(CustomerEntity c, long companyId, Instant now) {
        c.setOwnerUserId(NO_OWNER);
        c.setOwnerUnitId(companyId);
        c.setOwnedSince(null);
        c.setPoolSince(now);
        c.setUpdatedAt(now);
    }

    @Override
    public int poolDays(long unitId) {
        return days.forCompany(org.companyOf(unitId).code());
    }

    @Override
    public int claimLimit() {
        return claimLimit;
    }

    /**
     * Returns every customer whose company's time without follow-up has run out to that company's
     * pool: no activity, no new owner and no registration within the company's days. Audited per
     * customer, by the system.
     *
     * @return the number of customers returned
     */
    public int sweep(Instant now) {
        Map<Long, Set<Long>> unitsByCompany = new LinkedHashMap<>();
        Map<Long, OrgUnit> companies = new LinkedHashMap<>();
        for (OrgUnit unit : org.all()) {
            OrgUnit company = org.companyOf(unit.id());
            companies.put(company.id(), company);
            unitsByCompany.computeIfAbsent(company.id(), k -> new HashSet<>()).add(unit.id());
        }
        PoolDays current = days;
        int returned = 0;
        for (Map.Entry<Long, Set<Long>> e : unitsByCompany.entrySet()) {
            OrgUnit company = companies.get(e.getKey());
            int companyDays = current.forCompany(company.code());
            if (companyDays > 0) {
                returned += sweepCompany(company, e.getValue(), companyDays, now);
            }
        }
        return returned;
    }

    private int sweepCompany(OrgUnit company, Set<Long> units, int companyDays, Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(companyDays));
        List<Object[]> moved = store.jpa().inTransaction(em -> {
            List<Object[]> rows = em.createQuery("SELECT c.id, c.code, c.name, c.ownerUserId FROM CustomerEntity c "
                    + "WHERE c.ownerUserId <> :noOwner AND c.ownerUnitId IN :units AND c.createdAt < :cutoff "
                    + "AND (c.lastActivityAt IS NULL OR c.lastActivityAt < :cutoff) "
                    + "AND (c.ownedSince IS NULL OR c.ownedSince < :cutoff)", Object[].class)
                    .setParameter("noOwner", NO_OWNER).setParameter("units", units).setParameter("cutoff", cutoff)
                    .getResultList();
            for (int i = 0; i < rows.size(); i += CHUNK) {
                List<Long> ids = rows.subList(i, Math.min(rows.size(), i + CHUNK)).stream().map(r -> (Long) r[0])
                        .toList();
                // EclipseLink raises the optimistic-lock version of every row a bulk update touches
                em.createQuery("UPDATE CustomerEntity c SET c.ownerUserId = :noOwner, c.ownerUnitId = :company, "
                        + "c.ownedSince = NULL, c.poolSince = :now, c.updatedAt = :now "
                        + "WHERE c.id IN :ids").setParameter("noOwner", NO_OWNER).setParameter("company", company.id())
                        .setParameter("now", now).setParameter("ids", ids).executeUpdate();
            }
            return rows;
        });
        for (Object[] r : moved) {
            audit.record(null, "crm.customer.pool.return", TARGET, String.valueOf(r[0]), r[1] + " " + r[2]
                    + ": no follow-up for " + companyDays + " days, owner " + r[3] + " -> pool of " + company.name());
        }
        return moved.size();
    }

    private String unitName(long unitId) {
        return org.unit(unitId).map(OrgUnit::name).orElse("#" + unitId);
    }
}
