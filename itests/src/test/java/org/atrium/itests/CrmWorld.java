package org.atrium.itests;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingRequestDraft;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.RoleService;

/**
 * The group {@link CrmScopeIT} works in, set up through the platform's own services as the
 * administrator: subsidiaries A (two sales departments) and B (one), a role per data scope holding
 * every CRM permission, users signed in with their one-time passwords, and CRM records created by
 * their owners through the CRM services.
 *
 * <p>The expected visibility is modelled here from the org chart alone ({@link #sees}), independent
 * of the platform's scope resolver, so that the test compares the services against the rule, not
 * against themselves.
 */
final class CrmWorld {

    /** The reach of a persona's role; {@link #NONE} holds no CRM permission at all. */
    enum Scope {
        NONE(null), OWN(DataScope.OWN), DEPARTMENT(DataScope.DEPARTMENT), COMPANY(DataScope.COMPANY),
        GROUP(DataScope.GROUP);

        final DataScope dataScope;

        Scope(DataScope dataScope) {
            this.dataScope = dataScope;
        }
    }

    /** A test user: login, the unit of the primary post (a key of {@link #UNITS}) and the scope of the role. */
    record Persona(String login, String displayName, String unit, Scope scope) {
    }

    /** Org units below the group root: key → {parent key or null for the root, name, type}. */
    private static final Map<String, Object[]> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("A", new Object[] {null, "华东实业子公司", OrgUnitType.SUBSIDIARY});
        UNITS.put("A-S1", new Object[] {"A", "华东销售一部", OrgUnitType.DEPARTMENT});
        UNITS.put("A-S2", new Object[] {"A", "华东销售二部", OrgUnitType.DEPARTMENT});
        UNITS.put("B", new Object[] {null, "华南贸易子公司", OrgUnitType.SUBSIDIARY});
        UNITS.put("B-S", new Object[] {"B", "华南销售部", OrgUnitType.DEPARTMENT});
    }

    /** The users: a table, one line per user. */
    static final List<Persona> PERSONAS = List.of(
            new Persona("it.a1own", "甲一本人", "A-S1", Scope.OWN),
            new Persona("it.a1peer", "甲一同事", "A-S1", Scope.OWN),
            new Persona("it.a1dept", "甲一部门经理", "A-S1", Scope.DEPARTMENT),
            new Persona("it.a2own", "甲二本人", "A-S2", Scope.OWN),
            new Persona("it.aco", "甲公司总经理", "A-S2", Scope.COMPANY),
            new Persona("it.bown", "乙本人", "B-S", Scope.OWN),
            new Persona("it.bco", "乙公司总经理", "B-S", Scope.COMPANY),
            new Persona("it.group", "集团销售总监", "A-S1", Scope.GROUP),
            new Persona("it.none", "无CRM权限", "A-S1", Scope.NONE));

    /**
     * The record sets: each owner creates a customer with a contact, a lead, an open and a won
     * opportunity and an activity with a next step due today. The name core makes every label unique.
     */
    record Dataset(String key, String owner, String core, String mobile, String creditCode) {
        String customerName() {
            return core + "有限公司";
        }
    }

    static final List<Dataset> DATASETS = List.of(
            new Dataset("A1", "it.a1own", "星河精密机械", "13800000001", null),
            new Dataset("A2", "it.a2own", "青松食品加工", "13800000002", null),
            // a valid unified social credit code: the duplicate check finds B's customer by it
            new Dataset("B", "it.bown", "海港远洋物流", "13800000003", "91330100799655058B"));

    /**
     * A customer of B that A's first sales department serves after B's owner approved A's sharing
     * request: owner, name.
     */
    static final String[] SHARED = {"it.bown", "东方港务服务有限公司"};

    /** Customers released to the public pool of their company: persona → name. */
    static final Map<String, String> POOL = Map.of("it.a1own", "云岭高山茶业有限公司", "it.bown", "珠江微电子有限公司");

    /** A signed-in test user. */
    record User(Persona persona, UserContext ctx, long unitId, long companyId) {
        Scope scope() {
            return persona.scope();
        }

        String login() {
            return persona.login();
        }

        long id() {
            return ctx.userId();
        }
    }

    /**
     * One CRM record as created: what it is, who owns it, the texts that identify it (for search,
     * export and to-do checks), and whether it is a main record (open, owned, safe for idempotent
     * writes).
     */
    record Rec(String entity, String dataset, long id, long ownerUserId, long ownerUnitId, String label,
            List<String> texts, boolean main, Set<Long> servingUnits) {
        Rec(String entity, String dataset, long id, long ownerUserId, long ownerUnitId, String label,
                List<String> texts, boolean main) {
            this(entity, dataset, id, ownerUserId, ownerUnitId, label, texts, main, Set.of());
        }

        @Override
        public String toString() {
            return entity + " " + dataset + "#" + id;
        }
    }

    final Map<String, Long> units = new LinkedHashMap<>();
    final Map<String, User> users = new LinkedHashMap<>();
    final List<Rec> recs = new ArrayList<>();
    final Map<String, String> companyNames = new LinkedHashMap<>();
    private final Map<Long, Long> companyOfUnit = new LinkedHashMap<>();

    User user(String login) {
        User u = users.get(login);
        if (u == null) {
            throw new IllegalArgumentException("no test user " + login);
        }
        return u;
    }

    /** @return the records of one entity */
    List<Rec> recs(String entity) {
        return recs.stream().filter(r -> r.entity().equals(entity)).toList();
    }

    /** @return the record of an entity in a dataset (its main one) */
    Rec rec(String entity, String dataset) {
        return recs.stream().filter(r -> r.entity().equals(entity) && r.dataset().equals(dataset) && r.main())
                .findFirst().orElseThrow(() -> new IllegalArgumentException(entity + " of " + dataset));
    }

    /** @return the company (subsidiary) of a unit of this world */
    long companyOf(long unitId) {
        Long company = companyOfUnit.get(unitId);
        if (company == null) {
            throw new IllegalArgumentException("unit " + unitId + " is not part of the test group");
        }
        return company;
    }

    /**
     * The rule under test: whether a user's scope of the CRM permissions covers a row owned by
     * {@code ownerUserId} in {@code ownerUnitId}. Every scope includes the user's own records.
     */
    boolean sees(User u, long ownerUserId, long ownerUnitId) {
        return switch (u.scope()) {
            case NONE -> false;
            case OWN -> ownerUserId == u.id();
            case DEPARTMENT -> ownerUserId == u.id() || ownerUnitId == u.unitId();
            case COMPANY -> ownerUserId == u.id() || companyOf(ownerUnitId) == u.companyId();
            case GROUP -> true;
        };
    }

    /**
     * Whether a user sees a record: its owner is in the scope, or (customers) one of its serving
     * units is.
     */
    boolean sees(User u, Rec r) {
        return ownerSees(u, r) || r.servingUnits().stream().anyMatch(unit -> switch (u.scope()) {
            case NONE, OWN -> false;
            case DEPARTMENT -> unit == u.unitId();
            case COMPANY -> companyOf(unit) == u.companyId();
            case GROUP -> true;
        });
    }

    /** Whether a user's scope covers a record's owner: what changing, exporting and merging need. */
    boolean ownerSees(User u, Rec r) {
        return sees(u, r.ownerUserId(), r.ownerUnitId());
    }

    /**
     * Whether a user sees a pool customer in the pool list: the pool of the user's own company, and
     * those of the companies inside the user's scope.
     */
    boolean seesPool(User u, Rec r) {
        return r.ownerUserId() == CustomerPoolService.NO_OWNER && u.scope() != Scope.NONE
                && (u.companyId() == r.ownerUnitId() || sees(u, r));
    }

    /** Builds the world. */
    static CrmWorld build(Path karafData, AuthenticationService auth, OrgService org, RoleService roles,
            UserService userService, CustomerService customers, ContactService contacts, LeadService leads,
            OpportunityService opportunities, ActivityService activities, CustomerPoolService pool,
            SharingService sharing) throws Exception {
        CrmWorld w = new CrmWorld();
        String password = Files.readString(karafData.resolve("atrium/admin-initial-password.txt"),
                StandardCharsets.UTF_8).trim();
        AuthResult signIn = auth.authenticate("admin", password.toCharArray(), "127.0.0.1");
        if (signIn.status() != AuthResult.Status.SUCCESS) {
            throw new AssertionError("admin sign-in: " + signIn.status());
        }
        UserContext admin = signIn.user();

        long root = org.root().id();
        for (Map.Entry<String, Object[]> e : UNITS.entrySet()) {
            Object[] def = e.getValue();
            long parent = def[0] == null ? root : w.units.get((String) def[0]);
            OrgUnit unit = org.createUnit(admin, parent, "IT-" + e.getKey(), (String) def[1], (OrgUnitType) def[2]);
            w.units.put(e.getKey(), unit.id());
        }
        for (Map.Entry<String, Long> e : w.units.entrySet()) {
            long company = w.units.get(e.getKey().substring(0, 1));
            w.companyOfUnit.put(e.getValue(), company);
            if (e.getKey().length() == 1) {
                w.companyNames.put(e.getKey(), (String) UNITS.get(e.getKey())[1]);
            }
        }

        Map<Scope, Long> roleIds = new LinkedHashMap<>();
        for (Scope scope : Scope.values()) {
            if (scope.dataScope == null) {
                continue;
            }
            List<Grant> grants = CrmPermissions.all().stream().map(p -> Grant.of(p, scope.dataScope)).toList();
            roleIds.put(scope, roles.create(admin, "it_crm_" + scope.name().toLowerCase(java.util.Locale.ROOT),
                    "CRM " + scope.name(), "CrmScopeIT: every CRM permission with scope " + scope, grants).id());
        }
        for (Persona p : PERSONAS) {
            long unit = w.units.get(p.unit());
            List<Long> roleList = p.scope() == Scope.NONE ? List.of() : List.of(roleIds.get(p.scope()));
            UserService.CreatedUser created = userService.create(admin, new UserDraft(p.login(), p.displayName(), null,
                    null, List.of(new Post(unit, null, true)), roleList, "zh-CN"));
            AuthResult result = auth.authenticate(p.login(), created.oneTimePassword().toCharArray(), "127.0.0.1");
            if (result.status() != AuthResult.Status.SUCCESS) {
                throw new AssertionError("sign-in of " + p.login() + ": " + result.status());
            }
            w.users.put(p.login(), new User(p, result.user(), unit, w.companyOf(unit)));
        }

        LocalDate today = LocalDate.now();
        for (Dataset d : DATASETS) {
            UserContext owner = w.user(d.owner()).ctx();
            Customer c = customers.create(owner, CustomerDraft.of(d.customerName(), CustomerType.ENTERPRISE)
                    .withCreditCode(d.creditCode()));
            w.add("customer", d, c.id(), c.ownerUserId(), c.ownerUnitId(), c.name(), List.of(c.name(), c.code()), true);
            var contact = contacts.create(owner, ContactDraft.of(c.id(), d.core() + "联系人", d.mobile()));
            w.add("contact", d, contact.id(), contact.ownerUserId(), contact.ownerUnitId(), contact.name(),
                    List.of(contact.name()), true);
            var lead = leads.create(owner, new LeadDraft(d.core() + "线索公司", d.core() + "线索人",
                    "139" + d.mobile().substring(3), null, null, null, null, SourceChannel.EXHIBITION, null));
            w.add("lead", d, lead.id(), lead.ownerUserId(), lead.ownerUnitId(), lead.contactName(),
                    List.of(lead.contactName(), lead.companyName()), true);
            var open = opportunities.create(owner, new OpportunityDraft(c.id(), d.core() + "年度合同",
                    new BigDecimal("120000.00"), today.plusMonths(2), null, List.of()));
            w.add("opportunity", d, open.id(), open.ownerUserId(), open.ownerUnitId(), open.name(),
                    List.of(open.name()), true);
            var won = opportunities.create(owner, new OpportunityDraft(c.id(), d.core() + "框架协议",
                    new BigDecimal("1000.00"), today.plusMonths(1), null, List.of()));
            won = opportunities.moveStage(owner, won.id(), "WON", "价格合适");
            w.add("opportunity", d, won.id(), won.ownerUserId(), won.ownerUnitId(), won.name(), List.of(won.name()),
                    false);
            var activity = activities.create(owner, new ActivityDraft(ActivityType.VISIT, "上门", d.core() + "首次拜访",
                    null, Instant.now().minusSeconds(3600), c.id(), contact.id(), open.id(), d.core() + "寄送报价",
                    today));
            w.add("activity", d, activity.id(), activity.ownerUserId(), activity.ownerUnitId(), activity.subject(),
                    List.of(activity.subject(), activity.nextStep()), true);
            // a tier set by hand: a recompute by someone who may edit the customer would change it
            Customer fresh = customers.get(owner, c.id());
            customers.update(owner, c.id(), new CustomerDraft(fresh.name(), fresh.shortName(), fresh.creditCode(),
                    fresh.industry(), fresh.province(), fresh.city(), fresh.type(), fresh.source(), fresh.lifecycle(),
                    Tier.A1, fresh.creditRating(), fresh.parentId()), fresh.version());
        }
        for (Map.Entry<String, String> e : POOL.entrySet()) {
            UserContext owner = w.user(e.getKey()).ctx();
            Customer c = customers.create(owner, CustomerDraft.of(e.getValue(), CustomerType.ENTERPRISE));
            c = pool.releaseToPool(owner, c.id());
            String dataset = DATASETS.stream().filter(d -> d.owner().equals(e.getKey())).findFirst().orElseThrow().key()
                    + "-pool";
            w.recs.add(new Rec("customer", dataset, c.id(), c.ownerUserId(), c.ownerUnitId(), c.name(),
                    List.of(c.name(), c.code()), false));
        }
        // 撞单 → sharing request by A → approved by B's owner: A's first sales department serves the customer
        UserContext holder = w.user(SHARED[0]).ctx();
        Customer shared = customers.create(holder, CustomerDraft.of(SHARED[1], CustomerType.ENTERPRISE));
        SharingRequest request = sharing.request(w.user("it.a1own").ctx(),
                SharingRequestDraft.forMatch(SHARED[1], null, "华东工厂由我们就近服务"));
        sharing.approve(holder, request.id(), "同意");
        long servingUnit = w.units.get("A-S1");
        if (customers.serviceRelationships(holder, shared.id()).stream().noneMatch(s -> s.unitId() == servingUnit)) {
            throw new AssertionError("approving the sharing request did not add A-S1 as serving unit");
        }
        w.recs.add(new Rec("customer", "B-shared", shared.id(), shared.ownerUserId(), shared.ownerUnitId(),
                shared.name(), List.of(shared.name(), shared.code()), false, Set.of(servingUnit)));
        return w;
    }

    private void add(String entity, Dataset d, long id, long ownerUserId, long ownerUnitId, String label,
            List<String> texts, boolean main) {
        recs.add(new Rec(entity, d.key(), id, ownerUserId, ownerUnitId, label, List.copyOf(texts), main));
    }

    /** @return the ids of the records of an entity a predicate keeps */
    Set<Long> ids(String entity, java.util.function.Predicate<Rec> keep) {
        return recs(entity).stream().filter(keep).map(Rec::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
