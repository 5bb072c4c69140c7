package org.atrium.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.HandOverResult;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.activity.Activity;
import org.atrium.crm.api.activity.ActivityDraft;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.activity.ActivityService;
import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.Contact;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerPoolService;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.DuplicateCustomerException;
import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.api.customer.DuplicateReason;
import org.atrium.crm.api.customer.SharingRequest;
import org.atrium.crm.api.customer.SharingRequestDraft;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.customer.SharingStatus;
import org.atrium.crm.api.customer.Tier;
import org.atrium.crm.api.keyaccount.KeyAccountService;
import org.atrium.crm.api.keyaccount.TierRecomputeResult;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadConversion;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.FunnelStage;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.transfer.ExportService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.api.transfer.ImportService;
import org.atrium.itests.CrmWorld.Rec;
import org.atrium.itests.CrmWorld.Scope;
import org.atrium.itests.CrmWorld.User;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.search.SearchHit;
import org.atrium.platform.api.search.SearchProvider;
import org.atrium.platform.api.security.RoleService;
import org.atrium.platform.api.todo.TodoItem;
import org.atrium.platform.api.todo.TodoProvider;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

/**
 * Data-scope isolation of the CRM in the booted distribution (Derby and PostgreSQL): the real CRM
 * services, search providers and to-do providers, users and roles made through the platform's own
 * services ({@link CrmWorld}).
 *
 * <p>Data-driven: {@link #recordOperations()} and {@link #listCalls()} are tables of entity ×
 * operation; every test user ({@link CrmWorld#PERSONAS}) runs every operation on every record, and
 * the outcome is compared with the scope rule {@link CrmWorld#sees}. A record outside the scope is
 * neither read nor changed (NotFound or AccessDenied, never anything else), a record inside it is
 * read, and lists, counts, exports, portlet queries, key-account reports and the funnel return
 * exactly the records in scope. A new entity is one more line in each table. Every failure is
 * collected, so one run shows the whole matrix.
 *
 * <p>Besides the tables: global search and to-dos (every registered provider), the duplicate check
 * (撞单) and sharing requests (the holder is named, the customer is not), a serving unit after an
 * approved request (sees the customer, neither edits nor exports it), the public pool, tier
 * recompute, hand-over (离职交接) by a manager of another subsidiary, funnel groups, and import
 * (contacts resolve only customers in scope; duplicate hints name only the holder). No demo data:
 * the database holds only what {@link CrmWorld} creates, so lists are compared exactly.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CrmScopeIT extends AtriumKarafTestSupport {

    /** Built once per container: the test methods share it (read-only apart from refused writes). */
    private static CrmWorld world;

    private CustomerService customers;
    private ContactService contacts;
    private LeadService leads;
    private OpportunityService opportunities;
    private ActivityService activities;
    private CustomerPoolService pool;
    private SharingService sharing;
    private KeyAccountService keyAccounts;
    private ExportService exports;

    @Before
    public void services() throws Exception {
        customers = service(CustomerService.class);
        contacts = service(ContactService.class);
        leads = service(LeadService.class);
        opportunities = service(OpportunityService.class);
        activities = service(ActivityService.class);
        pool = service(CustomerPoolService.class);
        sharing = service(SharingService.class);
        keyAccounts = service(KeyAccountService.class);
        exports = service(ExportService.class);
        RoleService roles = service(RoleService.class);
        assertTrue("CRM permissions declared", eventually(() -> roles.declaredPermissions().stream()
                .anyMatch(p -> p.id().equals(CrmPermissions.CUSTOMER_VIEW))));
        synchronized (CrmScopeIT.class) {
            if (world == null) {
                world = CrmWorld.build(karafData(), service(AuthenticationService.class), service(OrgService.class),
                        roles, service(UserService.class), customers, contacts, leads, opportunities, activities,
                        pool, sharing);
            }
        }
    }

    // ---------------------------------------------------------------- the tables

    /** What an operation on one record does. */
    enum Effect {
        /** Reads: succeeds in scope. */
        READ,
        /** Changes: refused outside the scope; not run in scope. */
        WRITE,
        /** Changes nothing when it succeeds (saves the record as it is): refused outside, succeeds in scope. */
        IDEMPOTENT_WRITE,
        /** A list filtered on the record: refused or empty outside the scope, not empty in scope. */
        FILTER
    }

    /** One service call on one record as one user. */
    @FunctionalInterface
    interface RecordCall {
        Object call(User u, Rec r) throws Exception;
    }

    /**
     * A row of the operations table.
     *
     * @param reachable whether the call may succeed for this user and record; {@code null} for the
     *                  scope rule {@link CrmWorld#sees}
     */
    record Operation(String entity, String name, Effect effect, RecordCall call, BiPredicate<User, Rec> reachable) {
        Operation(String entity, String name, Effect effect, RecordCall call) {
            this(entity, name, effect, call, null);
        }
    }

    /** Changing a customer needs the owner in scope: serving units see a customer but do not edit it. */
    private static final BiPredicate<User, Rec> OWNER_SCOPE = (u, r) -> world.ownerSees(u, r);

    /** Every operation on a single record, per entity. */
    private List<Operation> recordOperations() {
        LocalDate close = LocalDate.now().plusMonths(3);
        return List.of(
                // customers
                new Operation("customer", "get", Effect.READ, (u, r) -> customers.get(u.ctx(), r.id())),
                new Operation("customer", "getByCode", Effect.READ,
                        (u, r) -> customers.getByCode(u.ctx(), r.texts().get(1))),
                new Operation("customer", "serviceRelationships", Effect.READ,
                        (u, r) -> customers.serviceRelationships(u.ctx(), r.id())),
                new Operation("customer", "contactsOfCustomer", Effect.FILTER,
                        (u, r) -> contacts.search(u.ctx(), ContactFilter.ofCustomer(r.id()), PageRequest.first(10))),
                new Operation("customer", "update", Effect.IDEMPOTENT_WRITE, (u, r) -> {
                    Customer c = customers.get(reader(), r.id());
                    return customers.update(u.ctx(), r.id(), draft(c), c.version());
                },
                        OWNER_SCOPE),
                new Operation("customer", "delete", Effect.WRITE, (u, r) -> {
                    customers.delete(u.ctx(), r.id());
                    return null;
                },
                        OWNER_SCOPE),
                new Operation("customer", "assign", Effect.WRITE,
                        (u, r) -> customers.assign(u.ctx(), r.id(), new Owner(u.id(), u.unitId())),
                        OWNER_SCOPE),
                new Operation("customer", "addServiceRelationship", Effect.WRITE,
                        (u, r) -> customers.addServiceRelationship(u.ctx(), r.id(), u.unitId(), "抢着服务"),
                        OWNER_SCOPE),
                new Operation("customer", "removeServiceRelationship", Effect.WRITE, (u, r) -> {
                    customers.removeServiceRelationship(u.ctx(), r.id(), u.unitId());
                    return null;
                },
                        OWNER_SCOPE),
                new Operation("customer", "merge", Effect.WRITE,
                        (u, r) -> customers.merge(u.ctx(), survivorFor(u, r), r.id(), Set.of()),
                        OWNER_SCOPE),
                new Operation("customer", "releaseToPool", Effect.WRITE,
                        (u, r) -> pool.releaseToPool(u.ctx(), r.id()),
                        OWNER_SCOPE),
                new Operation("customer", "claim", Effect.WRITE, (u, r) -> pool.claim(u.ctx(), r.id()),
                        (u, r) -> world.sees(u, r) || world.seesPool(u, r)),
                new Operation("customer", "requestSharing", Effect.WRITE, (u, r) -> sharing.request(u.ctx(),
                        new SharingRequestDraft(r.id(), null, null, "我们也在跟进"))),
                new Operation("customer", "createContactFor", Effect.WRITE,
                        (u, r) -> contacts.create(u.ctx(), ContactDraft.of(r.id(), "偷建联系人", null))),
                new Operation("customer", "createOpportunityFor", Effect.WRITE,
                        (u, r) -> opportunities.create(u.ctx(), new OpportunityDraft(r.id(), "抢单", BigDecimal.TEN,
                                close, null, List.of()))),
                new Operation("customer", "createActivityFor", Effect.WRITE,
                        (u, r) -> activities.create(u.ctx(), new ActivityDraft(ActivityType.CALL, null, "偷看", null,
                                Instant.now().minusSeconds(60), r.id(), null, null, null, null))),
                // contacts
                new Operation("contact", "get", Effect.READ, (u, r) -> contacts.get(u.ctx(), r.id())),
                new Operation("contact", "update", Effect.IDEMPOTENT_WRITE, (u, r) -> {
                    Contact c = contacts.get(reader(), r.id());
                    return contacts.update(u.ctx(), r.id(), new ContactDraft(c.customerId(), c.name(), c.title(),
                            c.department(), c.decisionRole(), c.mobile(), c.phone(), c.email(), c.relationship(),
                            c.note()));
                }),
                new Operation("contact", "delete", Effect.WRITE, (u, r) -> {
                    contacts.delete(u.ctx(), r.id());
                    return null;
                }),
                // leads
                new Operation("lead", "get", Effect.READ, (u, r) -> leads.get(u.ctx(), r.id())),
                new Operation("lead", "update", Effect.IDEMPOTENT_WRITE, (u, r) -> {
                    Lead l = leads.get(reader(), r.id());
                    return leads.update(u.ctx(), r.id(), new LeadDraft(l.companyName(), l.contactName(), l.mobile(),
                            l.email(), l.province(), l.city(), l.industry(), l.channel(), l.description()));
                }),
                new Operation("lead", "markFollowing", Effect.WRITE, (u, r) -> leads.markFollowing(u.ctx(), r.id())),
                new Operation("lead", "disqualify", Effect.WRITE, (u, r) -> leads.disqualify(u.ctx(), r.id(), "无效")),
                new Operation("lead", "assign", Effect.WRITE,
                        (u, r) -> leads.assign(u.ctx(), r.id(), new Owner(u.id(), u.unitId()))),
                new Operation("lead", "autoAssign", Effect.WRITE, (u, r) -> leads.autoAssign(u.ctx(), r.id())),
                new Operation("lead", "convert", Effect.WRITE, (u, r) -> leads.convert(u.ctx(), r.id(),
                        new LeadConversion(world.rec("customer", r.dataset()).id(), null, null, null, null, null,
                                true))),
                new Operation("lead", "delete", Effect.WRITE, (u, r) -> {
                    leads.delete(u.ctx(), r.id());
                    return null;
                }),
                // opportunities
                new Operation("opportunity", "get", Effect.READ, (u, r) -> opportunities.get(u.ctx(), r.id())),
                new Operation("opportunity", "update", Effect.IDEMPOTENT_WRITE, (u, r) -> {
                    Opportunity o = opportunities.get(reader(), r.id());
                    return opportunities.update(u.ctx(), r.id(), new OpportunityDraft(o.customerId(), o.name(),
                            o.amount(), o.expectedCloseDate(), null, o.competitors()));
                }),
                new Operation("opportunity", "moveStage", Effect.WRITE,
                        (u, r) -> opportunities.moveStage(u.ctx(), r.id(), "QUALIFY", null)),
                new Operation("opportunity", "assign", Effect.WRITE,
                        (u, r) -> opportunities.assign(u.ctx(), r.id(), new Owner(u.id(), u.unitId()))),
                new Operation("opportunity", "delete", Effect.WRITE, (u, r) -> {
                    opportunities.delete(u.ctx(), r.id());
                    return null;
                }),
                new Operation("opportunity", "activitiesOfOpportunity", Effect.FILTER, (u, r) -> activities.search(
                        u.ctx(), new ActivityFilter(null, r.id(), null, null, null, false, false),
                        PageRequest.first(10))),
                // activities
                new Operation("activity", "get", Effect.READ, (u, r) -> activities.get(u.ctx(), r.id())),
                new Operation("activity", "update", Effect.IDEMPOTENT_WRITE, (u, r) -> {
                    Activity a = activities.get(reader(), r.id());
                    return activities.update(u.ctx(), r.id(), new ActivityDraft(a.type(), a.channel(), a.subject(),
                            a.content(), a.occurredAt(), a.customerId(), a.contactId(), a.opportunityId(),
                            a.nextStep(), a.nextStepDate()));
                }),
                new Operation("activity", "completeNextStep", Effect.WRITE,
                        (u, r) -> activities.completeNextStep(u.ctx(), r.id())),
                new Operation("activity", "delete", Effect.WRITE, (u, r) -> {
                    activities.delete(u.ctx(), r.id());
                    return null;
                }));
    }

    /** A list-like call: the ids of the test records it returns for a user. */
    @FunctionalInterface
    interface IdsCall {
        Collection<Long> ids(User u) throws Exception;
    }

    /**
     * A row of the lists table: a list, count, export, portlet or report call and the records it must
     * return: those in scope that {@code expected} keeps.
     */
    record ListCall(String entity, String name, IdsCall call, BiPredicate<User, Rec> expected) {
    }

    private List<ListCall> listCalls() {
        PageRequest all = PageRequest.first(PageRequest.MAX_LIMIT);
        BiPredicate<User, Rec> inScope = (u, r) -> world.sees(u, r);
        BiPredicate<User, Rec> mine = (u, r) -> r.ownerUserId() == u.id();
        BiPredicate<User, Rec> owned = (u, r) -> world.sees(u, r) && r.ownerUserId() != CustomerPoolService.NO_OWNER;
        return List.of(
                new ListCall("customer", "search", u -> ids(customers.search(u.ctx(), CustomerFilter.all(), all),
                        Customer::id), inScope),
                new ListCall("customer", "count", u -> counted("customer",
                        customers.count(u.ctx(), CustomerFilter.all()), u), inScope),
                new ListCall("customer", "portlet my customers", u -> ids(customers.search(u.ctx(),
                        new CustomerFilter(null, null, null, null, null, null, null, null, true),
                        new PageRequest(0, 100, "updatedAt", false)), Customer::id), mine),
                new ListCall("customer", "search by owner unit B", u -> ids(customers.search(u.ctx(),
                        new CustomerFilter(null, null, null, null, null, null, null, world.units.get("B"), false), all),
                        Customer::id), (u, r) -> world.sees(u, r) && world.companyOf(r.ownerUnitId()) == world.units.get("B")),
                new ListCall("customer", "search by tier A1", u -> ids(customers.search(u.ctx(),
                        new CustomerFilter(null, null, Set.of(Tier.A1), null, null, null, null, null, false), all),
                        Customer::id), (u, r) -> world.sees(u, r) && r.main()),
                new ListCall("customer", "pool", u -> ids(pool.poolCustomers(u.ctx(), CustomerFilter.all(), all),
                        p -> p.customer().id()), (u, r) -> world.seesPool(u, r)),
                new ListCall("customer", "pool count", u -> counted("customer", pool.countPool(u.ctx(),
                        CustomerFilter.all()), u, (x, r) -> world.seesPool(x, r)), (u, r) -> world.seesPool(u, r)),
                new ListCall("customer", "export", u -> exported(u, "customer"), OWNER_SCOPE),
                new ListCall("customer", "key accounts: dormant", u -> ids(keyAccounts.dormant(u.ctx(), 0, all),
                        d -> d.customer().id()), owned),
                new ListCall("customer", "key accounts: dormant count", u -> counted("customer",
                        keyAccounts.countDormant(u.ctx(), 0), u, owned), owned),
                new ListCall("customer", "key accounts: pareto", u -> ids(keyAccounts.pareto(u.ctx(), all).rows(),
                        row -> row.customerId()), (u, r) -> world.sees(u, r) && r.main()),
                new ListCall("customer", "key accounts: tier distribution", u -> counted("customer",
                        keyAccounts.tierDistribution(u.ctx()).total(), u), inScope),
                new ListCall("contact", "search", u -> ids(contacts.search(u.ctx(), ContactFilter.all(), all),
                        Contact::id), inScope),
                new ListCall("contact", "count", u -> counted("contact", contacts.count(u.ctx(), ContactFilter.all()),
                        u), inScope),
                new ListCall("contact", "export", u -> exported(u, "contact"), inScope),
                new ListCall("lead", "search", u -> ids(leads.search(u.ctx(), LeadFilter.all(), all), Lead::id),
                        inScope),
                new ListCall("lead", "count", u -> counted("lead", leads.count(u.ctx(), LeadFilter.all()), u),
                        inScope),
                new ListCall("lead", "mine", u -> ids(leads.search(u.ctx(),
                        new LeadFilter(null, null, null, false, true), all), Lead::id), mine),
                new ListCall("lead", "portlet overdue leads", u -> ids(leads.search(u.ctx(),
                        new LeadFilter(null, null, null, true, false), new PageRequest(0, 6, "followUpDeadline", true)),
                        Lead::id), (u, r) -> false),
                new ListCall("lead", "export", u -> exported(u, "lead"), inScope),
                new ListCall("opportunity", "search", u -> ids(opportunities.search(u.ctx(), OpportunityFilter.all(),
                        all), Opportunity::id), inScope),
                new ListCall("opportunity", "count", u -> counted("opportunity",
                        opportunities.count(u.ctx(), OpportunityFilter.all()), u), inScope),
                new ListCall("opportunity", "portlet my opportunities", u -> ids(opportunities.search(u.ctx(),
                        new OpportunityFilter(null, null, null, Set.of(OpportunityStatus.OPEN), null, null, null, true),
                        new PageRequest(0, 100, "expectedCloseDate", true)), Opportunity::id),
                        (u, r) -> r.ownerUserId() == u.id() && r.main()),
                new ListCall("opportunity", "funnel open", u -> counted("opportunity", funnelOpen(u), u,
                        (x, r) -> world.sees(x, r) && r.main()), (u, r) -> world.sees(u, r) && r.main()),
                new ListCall("opportunity", "funnel won", u -> counted("opportunity",
                        opportunities.funnel(u.ctx(), new FunnelQuery(null, null, null, FunnelGrouping.NONE)).total()
                                .wonCount(), u, (x, r) -> world.sees(x, r) && !r.main()),
                        (u, r) -> world.sees(u, r) && !r.main()),
                new ListCall("activity", "search", u -> ids(activities.search(u.ctx(), ActivityFilter.all(), all),
                        Activity::id), inScope),
                new ListCall("activity", "count", u -> counted("activity",
                        activities.count(u.ctx(), ActivityFilter.all()), u), inScope),
                new ListCall("activity", "open next steps", u -> ids(activities.search(u.ctx(),
                        new ActivityFilter(null, null, null, null, null, true, false), all), Activity::id), inScope));
    }

    // ---------------------------------------------------------------- the tests

    @Test
    public void everyOperationOnEveryRecordRespectsTheScope() throws Exception {
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (User u : world.users.values()) {
            for (Operation op : recordOperations()) {
                for (Rec r : world.recs(op.entity())) {
                    boolean reachable = op.reachable() != null ? op.reachable().test(u, r) : world.sees(u, r);
                    String where = u.login() + " " + op.name() + " " + r;
                    if (op.effect() == Effect.FILTER) {
                        checks++;
                        checkFiltered(failures, where, reachable, r.main(), () -> op.call().call(u, r));
                    } else if (!reachable) {
                        checks++;
                        expectRefused(failures, where, () -> op.call().call(u, r));
                    } else if (op.effect() == Effect.READ || (op.effect() == Effect.IDEMPOTENT_WRITE && r.main())) {
                        checks++;
                        try {
                            op.call().call(u, r);
                        } catch (Throwable e) {
                            failures.add(where + ": in scope but failed with " + describe(e));
                        }
                    }
                }
            }
        }
        System.out.println("CrmScopeIT: " + checks + " record operations checked");
        assertTrue("no operation checked", checks > 100);
        assertEquals("scope violations", List.of(), failures);
    }

    @Test
    public void everyListCountExportPortletAndReportReturnsExactlyTheRecordsInScope() throws Exception {
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            for (ListCall list : listCalls()) {
                String where = u.login() + " " + list.entity() + " " + list.name();
                if (u.scope() == Scope.NONE) {
                    expectRefused(failures, where, () -> list.call().ids(u));
                    continue;
                }
                Set<Long> expected = world.ids(list.entity(), r -> list.expected().test(u, r));
                try {
                    Set<Long> actual = new TreeSet<>(list.call().ids(u));
                    if (!actual.equals(expected)) {
                        failures.add(where + ": expected " + names(list.entity(), expected) + " but got "
                                + names(list.entity(), actual));
                    }
                } catch (Throwable e) {
                    failures.add(where + ": failed with " + describe(e));
                }
            }
        }
        assertEquals("lists not matching the scope", List.of(), failures);
    }

    @Test
    public void globalSearchFindsOnlyRecordsInScope() throws Exception {
        List<SearchProvider> providers = services(SearchProvider.class);
        assertTrue("CRM search providers registered", providers.stream().map(SearchProvider::id).toList()
                .containsAll(List.of("crm.customer", "crm.contact")));
        // entities with a provider of their own ("crm.<entity>") must be found when in scope
        Set<String> searchable = providers.stream().map(SearchProvider::id).filter(id -> id.startsWith("crm."))
                .map(id -> id.substring(4)).collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            for (Rec r : world.recs) {
                List<String> hits = new ArrayList<>();
                for (SearchProvider provider : providers) {
                    try {
                        for (SearchHit hit : provider.search(u.ctx(), r.label(), 50)) {
                            hits.add(provider.id() + ": " + hit.title() + " | " + hit.detail() + " | " + hit.parameter());
                        }
                    } catch (Throwable e) {
                        failures.add(u.login() + " search " + provider.id() + " '" + r.label() + "': " + describe(e));
                    }
                }
                boolean found = hits.stream().anyMatch(h -> mentions(h, r));
                if (found && !world.sees(u, r)) {
                    failures.add(u.login() + " search '" + r.label() + "' finds " + r + " out of scope: " + hits);
                } else if (!found && world.sees(u, r) && searchable.contains(r.entity())) {
                    failures.add(u.login() + " search '" + r.label() + "' misses " + r + " in scope: " + hits);
                }
            }
        }
        assertEquals("global search not matching the scope", List.of(), failures);
    }

    @Test
    public void todosShowOnlyRecordsInScope() throws Exception {
        List<TodoProvider> providers = services(TodoProvider.class);
        assertTrue("CRM to-do providers registered", providers.stream().map(TodoProvider::id).toList()
                .containsAll(List.of("crm.next-steps", "crm.overdue-leads", "crm.sharing-requests")));
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            List<String> texts = new ArrayList<>();
            for (TodoProvider provider : providers) {
                try {
                    List<TodoItem> items = provider.items(u.ctx(), 100);
                    int count = provider.count(u.ctx());
                    if (count < items.size()) {
                        failures.add(u.login() + " " + provider.id() + ": count " + count + " < " + items.size()
                                + " items");
                    }
                    for (TodoItem item : items) {
                        texts.add(provider.id() + ": " + item.title() + " | " + item.detail() + " | " + item.parameter());
                    }
                } catch (Throwable e) {
                    failures.add(u.login() + " " + provider.id() + ": " + describe(e));
                }
            }
            for (Rec r : world.recs) {
                boolean shown = texts.stream().anyMatch(t -> mentions(t, r));
                if (shown && !world.sees(u, r)) {
                    failures.add(u.login() + " sees " + r + " in the to-dos: " + texts);
                }
            }
            // the user's own activities with a next step due today are among the to-dos
            for (Rec r : world.recs("activity")) {
                boolean shown = texts.stream().anyMatch(t -> t.contains(r.texts().get(1)));
                if (r.ownerUserId() == u.id() && !shown) {
                    failures.add(u.login() + ": own due next step of " + r + " missing from the to-dos " + texts);
                }
            }
        }
        assertEquals("to-dos not matching the scope", List.of(), failures);
    }

    /**
     * 撞单: an A user registering B's customer is stopped by the group-wide check, which names only
     * B's company and owner, never the customer's id or name; B's own users and the group see it.
     */
    @Test
    public void duplicateCheckFindsTheOtherSubsidiarysCustomerButRevealsOnlyTheHolder() throws Exception {
        Rec b = world.rec("customer", "B");
        CrmWorld.Dataset dataset = CrmWorld.DATASETS.stream().filter(d -> d.key().equals("B")).findFirst().orElseThrow();
        String holderCompany = world.companyNames.get("B");
        String holderOwner = world.user("it.bown").persona().displayName();
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            String where = u.login() + " checkDuplicates";
            if (u.scope() == Scope.NONE) {
                expectRefused(failures, where, () -> customers.checkDuplicates(u.ctx(), b.label(), null, null));
                continue;
            }
            List<DuplicateMatch> byName = customers.checkDuplicates(u.ctx(), b.label(), null, null);
            List<DuplicateMatch> byCode = customers.checkDuplicates(u.ctx(), "完全不同名称的新公司", dataset.creditCode(),
                    null);
            checkMatch(failures, where + " by name", u, b, byName, DuplicateReason.SAME_NAME, holderCompany, holderOwner);
            checkMatch(failures, where + " by credit code", u, b, byCode, DuplicateReason.CREDIT_CODE, holderCompany,
                    holderOwner);
        }
        User a = world.user("it.a1own");
        try {
            customers.create(a.ctx(), CustomerDraft.of(b.label(), CustomerType.ENTERPRISE));
            failures.add("an A user registered B's customer a second time");
        } catch (DuplicateCustomerException e) {
            if (e.getMatches().stream().anyMatch(m -> m.customerId() != null || m.customerName() != null)) {
                failures.add("the duplicate error reveals B's customer to an A user: " + e.getMatches());
            }
            if (!e.getMessage().contains(holderCompany) || !e.getMessage().contains(holderOwner)) {
                failures.add("the duplicate error does not name the holder: " + e.getMessage());
            }
        }
        assertEquals("no second customer", 1, customers.search(reader(), CustomerFilter.text(b.label()),
                PageRequest.first(10)).size());
        assertEquals("duplicate check", List.of(), failures);
    }

    private void checkMatch(List<String> failures, String where, User u, Rec b, List<DuplicateMatch> matches,
            DuplicateReason reason, String holderCompany, String holderOwner) {
        List<DuplicateMatch> certain = matches.stream().filter(m -> m.reason() == reason).toList();
        if (certain.size() != 1) {
            failures.add(where + ": expected one " + reason + " match, got " + matches);
            return;
        }
        DuplicateMatch m = certain.get(0);
        if (!holderCompany.equals(m.holderCompany()) || !holderOwner.equals(m.holderOwnerName())) {
            failures.add(where + ": holder " + m.holderCompany() + " / " + m.holderOwnerName());
        }
        boolean visible = world.sees(u, b);
        boolean revealed = m.customerId() != null || m.customerName() != null;
        if (visible != revealed) {
            failures.add(where + ": " + (visible ? "hides a customer in scope" : "reveals the customer") + ": " + m);
        }
        if (visible && (m.customerId() != b.id() || !b.label().equals(m.customerName()))) {
            failures.add(where + ": wrong customer " + m);
        }
        for (DuplicateMatch other : matches) {
            boolean otherVisible = other.customerId() != null && world.recs("customer").stream()
                    .anyMatch(r -> r.id() == other.customerId() && world.sees(u, r));
            if (other.customerId() != null && !otherVisible) {
                failures.add(where + ": reveals a customer out of scope " + other);
            }
        }
    }

    /**
     * Import: a contact file names its customers by code or name, resolved only among the customers
     * the importer sees, so nobody out of scope attaches contacts to B's customer (and committing
     * such a file writes nothing); a customer file repeating B's customer is stopped with a hint that
     * names only the holder, never B's customer code.
     */
    @Test
    public void importResolvesOnlyCustomersInScopeAndHintsOnlyTheHolder() throws Exception {
        ImportService imports = service(ImportService.class);
        Rec b = world.rec("customer", "B");
        String bCode = b.texts().get(1);
        String creditCode = CrmWorld.DATASETS.stream().filter(d -> d.key().equals("B")).findFirst().orElseThrow()
                .creditCode();
        String contactsCsv = "customer,name,mobile\n" + bCode + ",导入联系人甲,13700000001\n" + b.label()
                + ",导入联系人乙,13700000002\n";
        String customersCsv = "name,creditCode\n" + b.label() + ",\n" + "崭新名称材料有限公司," + creditCode + "\n";
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            String where = u.login() + " import";
            if (u.scope() == Scope.NONE) {
                expectRefused(failures, where + " contacts", () -> imports.preview(u.ctx(), ImportKind.CONTACT,
                        "contacts.csv", csv(contactsCsv)));
                continue;
            }
            ImportPreview contactsPreview = imports.preview(u.ctx(), ImportKind.CONTACT, "contacts.csv",
                    csv(contactsCsv));
            for (ImportRow row : contactsPreview.rows()) {
                if (row.errors().isEmpty() != world.sees(u, b)) {
                    failures.add(where + " contacts row " + row.rowNumber() + ": errors " + row.errors()
                            + " for B's customer " + (world.sees(u, b) ? "in" : "out of") + " scope");
                }
            }
            if (!world.sees(u, b)) {
                ImportResult result = imports.commit(u.ctx(), contactsPreview.id(), null);
                if (result.written() != 0) {
                    failures.add(where + " contacts: wrote " + result.written() + " contacts to B's customer");
                }
            } else {
                imports.discard(u.ctx(), contactsPreview.id());
            }
            ImportPreview customersPreview = imports.preview(u.ctx(), ImportKind.CUSTOMER, "customers.csv",
                    csv(customersCsv));
            for (ImportRow row : customersPreview.rows()) {
                String said = row.errors() + " " + row.duplicateHints();
                if (row.errors().isEmpty()) {
                    failures.add(where + " customers row " + row.rowNumber() + ": B's customer not stopped: " + said);
                }
                if (!said.contains(world.companyNames.get("B"))) {
                    failures.add(where + " customers row " + row.rowNumber() + ": holder not named: " + said);
                }
                if (!world.sees(u, b) && said.contains(bCode)) {
                    failures.add(where + " customers row " + row.rowNumber() + ": reveals B's code: " + said);
                }
            }
            imports.discard(u.ctx(), customersPreview.id());
        }
        assertEquals("no contact imported into B's customer", 0,
                contacts.count(reader(), new ContactFilter("导入联系人", null, false)));
        assertEquals("import", List.of(), failures);
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sharing after a duplicate hit: the A user's request names only the holder; B's owner finds it
     * among incoming requests and to-dos; nobody of A can decide it, nor see it as incoming.
     */
    @Test
    public void sharingRequestReachesOnlyTheHolder() throws Exception {
        Rec b = world.rec("customer", "B");
        User a = world.user("it.a1own");
        User bOwner = world.user("it.bown");
        SharingRequest request = sharing.request(a.ctx(), SharingRequestDraft.forMatch(b.label(), null,
                "华东客户的上海分部由我们服务"));
        List<String> failures = new ArrayList<>();
        if (request.customerId() != null || request.customerName() != null) {
            failures.add("the requester sees the customer: " + request);
        }
        if (!world.companyNames.get("B").equals(request.holderCompany())) {
            failures.add("holder company " + request.holderCompany());
        }
        for (User u : world.users.values()) {
            if (u.scope() == Scope.NONE) {
                continue;
            }
            boolean incoming = sharing.incoming(u.ctx(), true, PageRequest.first(100)).stream()
                    .anyMatch(r -> r.id() == request.id());
            if (incoming != world.sees(u, b)) {
                failures.add(u.login() + " incoming: " + incoming);
            }
            boolean outgoing = sharing.outgoing(u.ctx(), PageRequest.first(100)).stream()
                    .anyMatch(r -> r.id() == request.id());
            if (outgoing != (u == a)) {
                failures.add(u.login() + " outgoing: " + outgoing);
            }
            if (!world.sees(u, b)) {
                expectRefused(failures, u.login() + " approve", () -> sharing.approve(u.ctx(), request.id(), "好"));
                expectRefused(failures, u.login() + " decline", () -> sharing.decline(u.ctx(), request.id(), "不"));
            }
        }
        boolean todo = services(TodoProvider.class).stream().filter(p -> p.id().equals("crm.sharing-requests"))
                .anyMatch(p -> p.items(bOwner.ctx(), 50).stream().anyMatch(i -> i.title().contains(b.label())));
        if (!todo) {
            failures.add("the holder has no to-do for the request");
        }
        SharingRequest declined = sharing.decline(bOwner.ctx(), request.id(), "由华南统一服务");
        assertEquals(SharingStatus.DECLINED, declined.status());
        assertTrue("no serving unit added", customers.serviceRelationships(bOwner.ctx(), b.id()).isEmpty());
        assertEquals("sharing", List.of(), failures);
    }

    /**
     * A recompute of the tiers by A's company manager examines exactly the customers A's manager may
     * edit and leaves B's customers untouched (tier and last change).
     */
    @Test
    public void tierRecomputeChangesOnlyCustomersInScope() throws Exception {
        User aco = world.user("it.aco");
        List<Customer> before = world.recs("customer").stream().filter(r -> !world.ownerSees(aco, r))
                .map(r -> customers.get(reader(), r.id())).toList();
        try {
            TierRecomputeResult result = keyAccounts.recomputeTiers(aco.ctx());
            assertEquals("customers examined: those A's manager may edit", world.ids("customer",
                    r -> world.ownerSees(aco, r)).size(), result.examined());
            for (Customer b : before) {
                Customer after = customers.get(reader(), b.id());
                assertEquals("tier of " + b.name(), b.tier(), after.tier());
                assertEquals("last change of " + b.name(), b.updatedAt(), after.updatedAt());
            }
        } finally {
            // restore for the other tests: every main customer carries tier A1 (pool customers never do)
            for (Rec r : world.recs("customer")) {
                Customer c = customers.get(reader(), r.id());
                if (r.main() && c.tier() != Tier.A1) {
                    customers.update(reader(), r.id(), new CustomerDraft(c.name(), c.shortName(), c.creditCode(),
                            c.industry(), c.province(), c.city(), c.type(), c.source(), c.lifecycle(), Tier.A1,
                            c.creditRating(), c.parentId()), c.version());
                }
            }
        }
    }

    /** 离职交接 by A's company manager of B's owner: everything of B is skipped, nothing moves. */
    @Test
    public void handOverSkipsRecordsOutOfScope() throws Exception {
        User aco = world.user("it.aco");
        User bOwner = world.user("it.bown");
        HandOverResult result = customers.handOver(aco.ctx(), bOwner.id(), world.user("it.a2own").id());
        assertEquals("nothing moved: " + result, 0,
                result.customers() + result.contacts() + result.leads() + result.opportunities());
        long bRecords = world.recs.stream().filter(r -> r.ownerUserId() == bOwner.id() && !r.entity().equals("activity"))
                .count();
        assertEquals("B's records counted as skipped", bRecords, result.skipped());
        for (Rec r : world.recs) {
            if (r.ownerUserId() == bOwner.id()) {
                assertEquals("owner of " + r, bOwner.id(), ownerOf(r));
            }
        }
    }

    /** The funnel split by owner or by subsidiary names only owners and companies in scope. */
    @Test
    public void funnelGroupsStayInScope() throws Exception {
        List<String> failures = new ArrayList<>();
        for (User u : world.users.values()) {
            if (u.scope() == Scope.NONE) {
                expectRefused(failures, u.login() + " funnel", () -> opportunities.funnel(u.ctx(),
                        new FunnelQuery(null, null, null, FunnelGrouping.NONE)));
                continue;
            }
            Set<Long> owners = world.recs("opportunity").stream().filter(r -> world.sees(u, r))
                    .map(Rec::ownerUserId).collect(Collectors.toCollection(TreeSet::new));
            Set<Long> companies = world.recs("opportunity").stream().filter(r -> world.sees(u, r))
                    .map(r -> world.companyOf(r.ownerUnitId())).collect(Collectors.toCollection(TreeSet::new));
            Set<Long> departments = world.recs("opportunity").stream().filter(r -> world.sees(u, r))
                    .map(Rec::ownerUnitId).collect(Collectors.toCollection(TreeSet::new));
            checkGroups(failures, u, FunnelGrouping.OWNER, owners);
            checkGroups(failures, u, FunnelGrouping.SUBSIDIARY, companies);
            checkGroups(failures, u, FunnelGrouping.DEPARTMENT, departments);
            // B's unit as a filter gives nothing to A's users
            FunnelReport onB = opportunities.funnel(u.ctx(), new FunnelQuery(null, null, world.units.get("B"),
                    FunnelGrouping.NONE));
            int expected = (int) world.recs("opportunity").stream().filter(r -> world.sees(u, r) && r.main()
                    && world.companyOf(r.ownerUnitId()) == world.units.get("B")).count();
            int open = onB.total().stages().stream().mapToInt(FunnelStage::count).sum();
            if (open != expected) {
                failures.add(u.login() + " funnel on B's unit: " + open + " open, expected " + expected);
            }
        }
        assertEquals("funnel groups", List.of(), failures);
    }

    private void checkGroups(List<String> failures, User u, FunnelGrouping grouping, Set<Long> expected) {
        try {
            FunnelReport report = opportunities.funnel(u.ctx(), new FunnelQuery(null, null, null, grouping));
            Set<Long> groups = report.groups().stream().filter(g -> g.wonCount() > 0 || g.lostCount() > 0
                    || g.stages().stream().anyMatch(s -> s.count() > 0)).map(FunnelGroup::groupId)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!groups.equals(expected)) {
                failures.add(u.login() + " funnel by " + grouping + ": groups " + groups + ", expected " + expected);
            }
        } catch (Throwable e) {
            failures.add(u.login() + " funnel by " + grouping + ": " + describe(e));
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The GROUP user: reads records for the set-up of writes and for checks. */
    private static UserContext reader() {
        return world.user("it.group").ctx();
    }

    private long ownerOf(Rec r) {
        return switch (r.entity()) {
            case "customer" -> customers.get(reader(), r.id()).ownerUserId();
            case "contact" -> contacts.get(reader(), r.id()).ownerUserId();
            case "lead" -> leads.get(reader(), r.id()).ownerUserId();
            case "opportunity" -> opportunities.get(reader(), r.id()).ownerUserId();
            case "activity" -> activities.get(reader(), r.id()).ownerUserId();
            default -> throw new IllegalArgumentException(r.entity());
        };
    }

    /** A customer other than {@code r} to merge into, one the user sees if there is one. */
    private static long survivorFor(User u, Rec r) {
        List<Rec> others = world.recs("customer").stream().filter(c -> c.id() != r.id()).toList();
        return others.stream().filter(c -> world.sees(u, c)).findFirst().orElse(others.get(0)).id();
    }

    private static CustomerDraft draft(Customer c) {
        return new CustomerDraft(c.name(), c.shortName(), c.creditCode(), c.industry(), c.province(), c.city(),
                c.type(), c.source(), c.lifecycle(), c.tier(), c.creditRating(), c.parentId());
    }

    private static <T> Set<Long> ids(Collection<T> rows, java.util.function.ToLongFunction<T> id) {
        return rows.stream().map(row -> id.applyAsLong(row)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * A count checked against the scope: returns the expected ids when the count matches, and a
     * set that cannot match otherwise, so that the table compares counts like lists.
     */
    private static Set<Long> counted(String entity, int count, User u) {
        return counted(entity, count, u, (x, r) -> world.sees(x, r));
    }

    private static Set<Long> counted(String entity, int count, User u, BiPredicate<User, Rec> expected) {
        Set<Long> ids = world.ids(entity, r -> expected.test(u, r));
        if (count == ids.size()) {
            return ids;
        }
        Set<Long> wrong = new TreeSet<>();
        wrong.add(-(long) count);
        return wrong;
    }

    /** Open opportunities in the funnel's open stages. */
    private int funnelOpen(User u) {
        return opportunities.funnel(u.ctx(), new FunnelQuery(null, null, null, FunnelGrouping.NONE)).total().stages()
                .stream().mapToInt(FunnelStage::count).sum();
    }

    /**
     * Exports as the user and returns the test records whose label the XLSX contains; fails when the
     * row count differs from the number of records in scope.
     */
    private Set<Long> exported(User u, String entity) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = switch (entity) {
            case "customer" -> exports.customersXlsx(u.ctx(), CustomerFilter.all(), out);
            case "contact" -> exports.contactsXlsx(u.ctx(), ContactFilter.all(), out);
            case "lead" -> exports.leadsXlsx(u.ctx(), LeadFilter.all(), out);
            default -> throw new IllegalArgumentException(entity);
        };
        String text = xlsxText(out.toByteArray());
        Set<Long> found = world.ids(entity, r -> text.contains(r.label()));
        if (rows != found.size()) {
            throw new AssertionError("export says " + rows + " rows but holds " + names(entity, found));
        }
        return found;
    }

    /**
     * The XML of every part of an XLSX file, concatenated, with character references decoded (the
     * writer escapes every non-ASCII character as {@code &#x...;}). Read through the central
     * directory: the writer streams stored entries with data descriptors, which
     * {@code ZipInputStream} cannot read.
     */
    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        java.nio.file.Path file = java.nio.file.Files.createTempFile(karafData(), "crm-scope-export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().endsWith(".xml")) {
                        try (var in = zip.getInputStream(e)) {
                            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertTrue("not an XLSX file", text.length() > 0);
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text).replaceAll(m -> {
            int codePoint = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            return java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(codePoint)));
        });
    }

    private static boolean mentions(String text, Rec r) {
        return r.texts().stream().anyMatch(text::contains);
    }

    private static String names(String entity, Set<Long> ids) {
        return ids.stream().map(id -> world.recs(entity).stream().filter(r -> r.id() == id).findFirst()
                .map(Rec::toString).orElse(entity + "#" + id)).toList().toString();
    }

    /** A call expected to be refused. */
    @FunctionalInterface
    interface Refused {
        Object run() throws Exception;
    }

    private static void expectRefused(List<String> failures, String where, Refused call) {
        try {
            Object result = call.run();
            failures.add(where + ": allowed out of scope, returned " + result);
        } catch (NotFoundException | AccessDeniedException e) {
            // refused as it must be
        } catch (Throwable e) {
            failures.add(where + ": out of scope, expected NotFound/AccessDenied but got " + describe(e));
        }
    }

    /**
     * A list filtered on one record: out of scope it is refused or empty; in scope it lists the main
     * record's children (each main customer has a contact, each main opportunity an activity).
     */
    private static void checkFiltered(List<String> failures, String where, boolean reachable, boolean main,
            Refused call) {
        try {
            Collection<?> rows = (Collection<?>) call.run();
            if (!reachable && !rows.isEmpty()) {
                failures.add(where + ": out of scope, listed " + rows);
            } else if (reachable && main && rows.isEmpty()) {
                failures.add(where + ": in scope, listed nothing");
            }
        } catch (NotFoundException | AccessDeniedException e) {
            if (reachable) {
                failures.add(where + ": in scope but refused: " + describe(e));
            }
        } catch (Throwable e) {
            failures.add(where + ": failed with " + describe(e));
        }
    }

    /** An exception as text: driver classes (Derby, PostgreSQL) cannot travel back to the test JVM. */
    private static String describe(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    private <T> List<T> services(Class<T> type) throws Exception {
        service(type);
        List<T> out = new ArrayList<>();
        for (ServiceReference<T> ref : bundleContext.getServiceReferences(type, null)) {
            T s = bundleContext.getService(ref);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

}
