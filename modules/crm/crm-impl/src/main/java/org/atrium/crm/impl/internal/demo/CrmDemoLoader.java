package org.atrium.crm.impl.internal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.keyaccount.KeyAccountServiceImpl;
import org.atrium.crm.impl.internal.keyaccount.TierRules;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.crm.impl.internal.persistence.SettingEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserQuery;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.Role;
import org.atrium.platform.api.security.RoleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the CRM demo data once into the demo group, when one of the demo configurations asks for it
 * ({@link CrmDemoData}, {@link PlatformDemoTrigger}). The platform writes the demo group itself,
 * possibly a moment later, so the load waits on its own thread until the group's sales force is
 * there. A marker in {@code CRM_SETTING}, written in the same transaction as the data, makes it run
 * once per database.
 */
@Component(service = CrmDemoLoader.class)
public final class CrmDemoLoader {

    /** The setting that marks the CRM demo data as loaded; holds the seed. */
    static final String LOADED = "demo.loaded";
    /** The login of the administrator that the platform's first start creates. */
    static final String ADMIN_LOGIN = "admin";
    private static final Duration WAIT_FOR_GROUP = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(CrmDemoLoader.class);

    private final CrmStore store;
    private final OrgService org;
    private final UserService users;
    private final RoleService roles;
    private final AuditService audit;
    private final CustomerServiceImpl customers;
    private final OpportunityService opportunities;
    private final KeyAccountServiceImpl keyAccounts;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atrium-crm-demo");
        t.setDaemon(true);
        return t;
    });

    /**
     * Without the key-account service: the tiers stay as the writer set them from the default amount
     * thresholds ({@link TierRules#DEFAULT}), not from the key-account configuration. For tests that do
     * not look at tiers.
     */
    public CrmDemoLoader(CrmStore store, OrgService org, UserService users, RoleService roles, AuditService audit,
            CustomerServiceImpl customers, OpportunityService opportunities) {
        this(store, org, users, roles, audit, customers, opportunities, null);
    }

    @Activate
    public CrmDemoLoader(@Reference CrmStore store, @Reference OrgService org, @Reference UserService users,
            @Reference RoleService roles, @Reference AuditService audit, @Reference CustomerServiceImpl customers,
            @Reference OpportunityService opportunities, @Reference KeyAccountServiceImpl keyAccounts) {
        this.keyAccounts = keyAccounts;
        this.store = store;
        this.org = org;
        this.users = users;
        this.roles = roles;
        this.audit = audit;
        this.customers = customers;
        this.opportunities = opportunities;
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    /** Asks for the demo data; the first request starts the (asynchronous) load, later ones do nothing. */
    void request(long seed, int customerCount, int leadCount) {
        if (requested.compareAndSet(false, true)) {
            executor.execute(() -> awaitGroupAndLoad(seed, customerCount, leadCount));
        }
    }

    private void awaitGroupAndLoad(long seed, int customerCount, int leadCount) {
        Instant giveUp = Instant.now().plus(WAIT_FOR_GROUP);
        try {
            while (!isLoaded()) {
                List<SalesTeam> teams = teams();
                if (!teams.isEmpty()) {
                    load(seed, customerCount, leadCount, teams);
                    return;
                }
                if (Instant.now().isAfter(giveUp)) {
                    LOG.warn("CRM demo data not loaded: no demo subsidiary with salespeople appeared within {}",
                            WAIT_FOR_GROUP);
                    return;
                }
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("CRM demo data not loaded", e);
        }
    }

    /** @return whether the marker is there */
    boolean isLoaded() {
        return store.jpa().read(em -> em.find(SettingEntity.class, LOADED)) != null;
    }

    /**
     * The sales force of every subsidiary: holders of the sales-rep position, and the department
     * managers of the units those reps work in.
     */
    List<SalesTeam> teams() {
        List<SalesTeam> teams = new ArrayList<>();
        for (OrgUnit company : org.all()) {
            if (company.type() != OrgUnitType.SUBSIDIARY) {
                continue;
            }
            List<UserSummary> reps = org.holdersOf("SALES_REP", company.id());
            Set<Long> salesUnits = reps.stream().map(UserSummary::primaryUnitId).collect(Collectors.toSet());
            Map<Long, SalesTeam.Rep> team = new LinkedHashMap<>();
            org.holdersOf("DEPT_MANAGER", company.id()).stream().filter(u -> salesUnits.contains(u.primaryUnitId()))
                    .forEach(u -> team.put(u.id(), new SalesTeam.Rep(u.id(), u.primaryUnitId())));
            reps.forEach(u -> team.putIfAbsent(u.id(), new SalesTeam.Rep(u.id(), u.primaryUnitId())));
            if (!team.isEmpty()) {
                teams.add(new SalesTeam(company.id(), company.code(), new ArrayList<>(team.values())));
            }
        }
        return teams;
    }

    /**
     * Writes the demo data in one transaction (unless the marker is there) and grants the CRM
     * permissions to the demo roles.
     *
     * @return what was written, or empty when it had been loaded before
     */
    Optional<CrmDemoWriter.Counts> load(long seed, int customerCount, int leadCount, List<SalesTeam> teams) {
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        CrmDemoWriter writer = new CrmDemoWriter(seed, now, new Pinyin(), opportunities.stages(), TierRules.DEFAULT,
                (em, n) -> customers.reserveCodes(em, today, n));
        String[] tiers = {"by default thresholds"};
        CrmDemoWriter.Counts counts = store.jpa().inTransaction(em -> {
            if (em.find(SettingEntity.class, LOADED) != null) {
                return null;
            }
            // the marker goes first: a second loader racing this one fails on its primary key
            em.persist(new SettingEntity(LOADED, String.valueOf(seed), now));
            em.flush();
            CrmDemoWriter.Counts written = writer.write(em, teams, customerCount, leadCount);
            if (keyAccounts != null) {
                // the tiers as the key-account settings define them (by default the Pareto cuts), not
                // the writer's provisional thresholds
                tiers[0] = keyAccounts.recomputeAll(em).counts() + " (" + keyAccounts.describe() + ")";
            }
            DemoClassifications.write(em, now);
            return written;
        });
        if (counts == null) {
            return Optional.empty();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int granted = grantDemoRoles();
        String detail = counts.customers() + " customers (" + counts.pooled() + " in the public pool), "
                + counts.contacts() + " contacts, " + counts.leads() + " leads, " + counts.opportunities()
                + " opportunities, " + counts.activities() + " activities in " + millis + " ms; tiers " + tiers[0]
                + "; CRM permissions for "
                + granted + " roles";
        audit.record(null, "crm.demo.load", "crm", null, detail);
        LOG.info("CRM demo data loaded: {}", detail);
        return Optional.of(counts);
    }

    /** @return the number of demo roles that got CRM grants */
    int grantDemoRoles() {
        Optional<UserContext> admin = administrator();
        if (admin.isEmpty()) {
            LOG.warn("CRM demo permissions not granted: the administrator '{}' was not found", ADMIN_LOGIN);
            return 0;
        }
        int count = 0;
        for (Role role : roles.roles()) {
            List<Grant> grants = DemoGrants.withCrmGrants(role.code(), role.grants());
            if (grants != null) {
                roles.update(admin.get(), role.id(), role.name(), role.description(), grants);
                count++;
            }
        }
        return count;
    }

    /**
     * Role changes need {@code platform.role.manage}, which only the administrator holds in the demo
     * group. It is found through the directory as the head of the group (全集团 directory scope) sees it.
     */
    private Optional<UserContext> administrator() {
        Optional<UserSummary> head = org.headOf(org.root().id());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        UserContext president = context(head.get());
        return users.directory(president, new UserQuery(ADMIN_LOGIN, null, false), PageRequest.first(50)).stream()
                .filter(u -> u.login().equals(ADMIN_LOGIN)).findFirst().map(CrmDemoLoader::context);
    }

    private static UserContext context(UserSummary u) {
        return new UserContext(u.id(), u.login(), u.displayName(), u.primaryUnitId(), java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
