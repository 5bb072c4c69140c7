package org.atrium.crm.impl.internal.keyaccount;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.DormantCustomer;
import org.atrium.crm.api.keyaccount.KeyAccountService;
import org.atrium.crm.api.keyaccount.ParetoReport;
import org.atrium.crm.api.keyaccount.ParetoRow;
import org.atrium.crm.api.keyaccount.TierDistribution;
import org.atrium.crm.api.keyaccount.TierRecomputeResult;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Key accounts on JPA: amounts aggregated in SQL per customer, ranked in memory (one row per customer). */
@Component(service = {KeyAccountService.class, KeyAccountServiceImpl.class}, configurationPid = KeyAccountConfig.PID)
@Designate(ocd = KeyAccountConfig.class)
public final class KeyAccountServiceImpl implements KeyAccountService {

    private static final int CHUNK = 500;
    private static final String CUSTOMER_SCOPE = "c.ownerUnitId IN :scopeUnitsC OR EXISTS (SELECT s FROM "
            + "ServiceUnitEntity s WHERE s.customerId = c.id AND s.unitId IN :scopeUnitsC)";

    private final CrmStore store;
    private final Guard guard;
    private final AuditService audit;
    private final CustomerServiceImpl customers;
    private volatile TierPolicy policy;

    @Activate
    public KeyAccountServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit, @Reference CustomerServiceImpl customers, KeyAccountConfig config) {
        this.store = store;
        this.guard = new Guard(access, new Texts());
        this.audit = audit;
        this.customers = customers;
        configure(config);
    }

    @Modified
    void configure(KeyAccountConfig config) {
        TierRules rules = new TierRules(BigDecimal.valueOf(config.tierA1MinWon()),
                BigDecimal.valueOf(config.tierA2MinWon()), BigDecimal.valueOf(config.tierBMinWon()));
        if (config.paretoA1Share() < 0 || config.paretoA1Share() > config.paretoA2Share() || config.paretoA2Share() > 1) {
            throw new IllegalArgumentException("Pareto cuts must satisfy 0 <= A1 <= A2 <= 1");
        }
        this.policy = new TierPolicy(config.tierBasis() == null ? TierBasis.PARETO : config.tierBasis(), rules,
                config.paretoA1Share(), config.paretoA2Share());
    }

    private static Instant yearAgo() {
        return Instant.now().minus(Duration.ofDays(365));
    }

    @Override
    public ParetoReport pareto(UserContext caller, PageRequest page) {
        ScopeFilter opportunities = guard.scope(caller, CrmPermissions.OPPORTUNITY_VIEW);
        ScopeFilter visible = guard.scope(caller, CrmPermissions.CUSTOMER_VIEW);
        Where where = new Where().and("c.id = o.customerId")
                .and("o.status = :won AND o.closedAt >= :since", "won", OpportunityStatus.WON, "since", yearAgo())
                .inScope(opportunities, "o.ownerUnitId IN :scopeUnitsO", "o.ownerUserId", "O")
                .inScope(visible, CUSTOMER_SCOPE, "c.ownerUserId", "C");
        TierPolicy current = policy;
        double cut1 = current.a1Cut();
        double cut2 = current.a2Cut();
        return store.jpa().read(em -> {
            List<Pareto.Amount> amounts = where.bind(em.createQuery("SELECT o.customerId, SUM(o.amount) FROM "
                    + "OpportunityEntity o, CustomerEntity c" + where.clause() + " GROUP BY o.customerId", Object[].class))
                    .getResultList().stream().map(r -> new Pareto.Amount((Long) r[0], (BigDecimal) r[1])).toList();
            List<Pareto.Ranked> ranked = Pareto.rank(amounts, cut1, cut2);
            List<Pareto.Ranked> slice = ranked.subList(Math.min(page.offset(), ranked.size()),
                    Math.min(ranked.size(), page.offset() + page.limit()));
            Map<Long, CustomerEntity> rows = load(em, slice.stream().map(Pareto.Ranked::customerId).toList());
            List<ParetoRow> out = slice.stream().map(r -> {
                CustomerEntity c = rows.get(r.customerId());
                return new ParetoRow(r.rank(), r.customerId(), c.getCode(), c.getName(), r.won(), r.share(),
                        r.cumulative(), r.paretoClass(), c.getTier());
            }).toList();
            BigDecimal total = ranked.stream().map(Pareto.Ranked::won).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new ParetoReport(total.setScale(2), ranked.size(), Pareto.customersFor80Percent(ranked), cut1, cut2,
                    (int) ranked.stream().filter(r -> r.paretoClass() == Tier.A1).count(),
                    (int) ranked.stream().filter(r -> r.paretoClass() == Tier.A2).count(), out);
        });
    }

    private static Map<Long, CustomerEntity> load(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM CustomerEntity c WHERE c.id IN :ids", CustomerEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CustomerEntity::getId, Function.identity()));
    }

    @Override
    public TierDistribution tierDistribution(UserContext caller) {
        Where where = CustomerServiceImpl.visibleWhere(guard.scope(caller, CrmPermissions.CUSTOMER_VIEW));
        return store.jpa().read(em -> {
            Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
            for (Tier t : Tier.values()) {
                counts.put(t, 0);
            }
            int unclassified = 0;
            for (Object[] r : where.bind(em.createQuery("SELECT c.tier, COUNT(c) FROM CustomerEntity c"
                    + where.clause() + " GROUP BY c.tier", Object[].class)).getResultList()) {
                int n = ((Long) r[1]).intValue();
                if (r[0] == null) {
                    unclassified += n;
                } else {
                    counts.put((Tier) r[0], n);
                }
            }
            return new TierDistribution(counts, unclassified);
        });
    }

    @Override
    public List<DormantCustomer> dormant(UserContext caller, int days, PageRequest page) {
        Where where = dormantWhere(caller, days);
        Instant now = Instant.now();
        return store.jpa().read(em -> {
            List<CustomerEntity> rows = where.bind(em.createQuery("SELECT c FROM CustomerEntity c" + where.clause()
                    + " ORDER BY c.lastActivityAt ASC, c.createdAt ASC, c.id", CustomerEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            List<Customer> dtos = customers.toDtos(em, rows);
            List<DormantCustomer> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CustomerEntity c = rows.get(i);
                Instant since = c.getLastActivityAt() != null ? c.getLastActivityAt() : c.getCreatedAt();
                out.add(new DormantCustomer(dtos.get(i), c.getLastActivityAt(), Duration.between(since, now).toDays()));
            }
            return out;
        });
    }

    @Override
    public int countDormant(UserContext caller, int days) {
        Where where = dormantWhere(caller, days);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(c) FROM CustomerEntity c"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    private Where dormantWhere(UserContext caller, int days) {
        Instant cutoff = Instant.now().minus(Duration.ofDays(Math.max(0, days)));
        return CustomerServiceImpl.visibleWhere(guard.scope(caller, CrmPermissions.CUSTOMER_VIEW))
                .and("c.ownerUserId <> :noOwner", "noOwner", CustomerPoolService.NO_OWNER)
                .and("c.createdAt < :cutoff AND (c.lastActivityAt IS NULL OR c.lastActivityAt < :cutoff)",
                        "cutoff", cutoff);
    }

    @Override
    public TierRecomputeResult recomputeTiers(UserContext caller) {
        ScopeFilter edit = guard.scope(caller, CrmPermissions.CUSTOMER_EDIT);
        TierPolicy current = policy;
        Where where = new Where().inScope(edit, "c.ownerUnitId IN :scopeUnits", "c.ownerUserId");
        TierRecomputeResult result = store.jpa().inTransaction(em -> recompute(em, where, current));
        audit.record(caller, "crm.customer.tiers.recompute", "crm.customer", null, result.examined() + " examined, "
                + result.changed() + " changed, now " + result.counts() + "; " + describe(current));
        return result;
    }

    /**
     * Sets the tier of every customer of the group inside the caller's transaction, without a user: for
     * the demo load, which audits on its own.
     */
    public TierRecomputeResult recomputeAll(EntityManager em) {
        return recompute(em, new Where(), policy);
    }

    /** @return the rules in force, for audit entries */
    public String describe() {
        return describe(policy);
    }

    private static String describe(TierPolicy p) {
        return "tiers by " + p.basis() + (p.basis() == TierBasis.PARETO ? " A1<" + p.a1Cut() + " A2<" + p.a2Cut()
                : " A1>=" + p.rules().a1() + " A2>=" + p.rules().a2()) + " B>=" + p.rules().b();
    }

    /** Ranks the won amounts of the whole group, then updates the customers the condition selects. */
    private static TierRecomputeResult recompute(EntityManager em, Where where, TierPolicy current) {
        Map<Long, BigDecimal> won = new HashMap<>();
        em.createQuery("SELECT o.customerId, SUM(o.amount) FROM OpportunityEntity o WHERE o.status = :won "
                + "AND o.closedAt >= :since GROUP BY o.customerId", Object[].class)
                .setParameter("won", OpportunityStatus.WON).setParameter("since", yearAgo()).getResultList()
                .forEach(r -> won.put((Long) r[0], (BigDecimal) r[1]));
        Map<Long, Tier> assigned = current.assign(won);
        List<Object[]> rows = where.bind(em.createQuery("SELECT c.id, c.tier FROM CustomerEntity c" + where.clause(),
                Object[].class)).getResultList();
        Map<Tier, List<Long>> changes = new EnumMap<>(Tier.class);
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Object[] r : rows) {
            Tier tier = assigned.getOrDefault((Long) r[0], Tier.C);
            counts.merge(tier, 1, Integer::sum);
            if (tier != r[1]) {
                changes.computeIfAbsent(tier, k -> new ArrayList<>()).add((Long) r[0]);
            }
        }
        int changed = 0;
        Instant now = Instant.now();
        for (Map.Entry<Tier, List<Long>> e : changes.entrySet()) {
            List<Long> ids = e.getValue();
            for (int i = 0; i < ids.size(); i += CHUNK) {
                changed += em.createQuery("UPDATE CustomerEntity c SET c.tier = :tier, c.updatedAt = :now "
                        + "WHERE c.id IN :ids").setParameter("tier", e.getKey()).setParameter("now", now)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).executeUpdate();
            }
        }
        return new TierRecomputeResult(rows.size(), changed, counts);
    }
}
