package org.atrium.bench.crm;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.atrium.crm.api.activity.ActivityFilter;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.activity.ActivityServiceImpl;
import org.atrium.crm.impl.internal.contact.ContactServiceImpl;
import org.atrium.crm.impl.internal.customer.CustomerConfig;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.lead.LeadServiceImpl;
import org.atrium.crm.impl.internal.opportunity.OpportunityServiceImpl;
import org.atrium.crm.impl.internal.provider.ContactSearch;
import org.atrium.crm.impl.internal.provider.CustomerSearch;
import org.atrium.crm.impl.internal.transfer.ImportConfig;
import org.atrium.crm.impl.internal.transfer.ImportServiceImpl;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.db.internal.LiquibaseMigrator;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.postgresql.ds.PGSimpleDataSource;

import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * CRM benchmark (issue 3 §12). Generates customers, contacts, opportunities and activities once per
 * database and size (kept between runs), then times the real crm-impl services as the UI calls them:
 * customer search by name prefix and by credit code, the global search provider by pinyin initials,
 * the customer 360 view, a filtered and sorted list page, and an import (preview and commit).
 * Prints p50/p95/max; asserts nothing.
 *
 * <pre>
 * CrmBench derby|postgresql [--small] [--customers N] [--contacts N] [--opportunities N] [--activities N]
 *          [--iterations N] [--warmup N] [--import-rows N] [--drop] [--fresh] [--generate-only] [--drop-only]
 * </pre>
 */
public final class CrmBench {

    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String CHANGELOG = "db/crm/changelog.xml";
    static final String MARKER = "bench.generated";

    private final Map<String, String> options = new HashMap<>();
    private final boolean postgres;
    private final long customers, contacts, opportunities, activities;
    private final int iterations, warmup, importRows;
    private final String label;

    private CrmBench(String[] args) {
        if (args.length == 0 || !Set.of("derby", "postgresql").contains(args[0])) {
            throw new IllegalArgumentException("usage: CrmBench derby|postgresql [--small] [--customers N] "
                    + "[--contacts N] [--opportunities N] [--activities N] [--iterations N] [--warmup N] "
                    + "[--import-rows N] [--drop] [--fresh] [--generate-only] [--drop-only]");
        }
        postgres = args[0].equals("postgresql");
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (Set.of("--small", "--drop", "--fresh", "--drop-only", "--generate-only", "--finish-existing").contains(a)) {
                options.put(a, "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                options.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        boolean small = options.containsKey("--small");
        customers = number("--customers", small ? 10_000 : 1_000_000);
        contacts = number("--contacts", customers * 3);
        opportunities = number("--opportunities", customers / 2);
        activities = number("--activities", customers * 5);
        iterations = (int) number("--iterations", 200);
        warmup = (int) number("--warmup", 30);
        importRows = (int) number("--import-rows", small ? 200 : 1_000);
        label = customers % 1_000_000 == 0 ? (customers / 1_000_000) + "m" : customers % 1_000 == 0
                ? (customers / 1_000) + "k" : String.valueOf(customers);
    }

    private long number(String key, long fallback) {
        return options.containsKey(key) ? Long.parseLong(options.get(key).replace("_", "")) : fallback;
    }

    /** Liquibase logs through java.util.logging; a strong reference keeps the level. */
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    public static void main(String[] args) throws Exception {
        LIQUIBASE.setLevel(java.util.logging.Level.WARNING);
        new CrmBench(args).run();
        System.exit(0);
    }

    // ---------------------------------------------------------------- database

    private Path derbyDir() {
        return Path.of(System.getProperty("crm.bench.dir", "target")).toAbsolutePath().resolve("crm-derby-" + label);
    }

    private String pgSchema() {
        return "crm_bench_" + label;
    }

    private DataSource dataSource() {
        if (postgres) {
            // pooled as in the distribution's etc/org.ops4j.datasource-atrium.cfg.postgresql (dbcp2, maxTotal 20)
            BasicDataSource ds = new BasicDataSource();
            ds.setDriverClassName("org.postgresql.Driver");
            // the distribution's options (JIT off) plus batched inserts for the generator
            ds.setUrl(PG_URL + "?options=-c%20jit=off&currentSchema=" + pgSchema() + "&reWriteBatchedInserts=true");
            ds.setUsername("postgres");
            ds.setMaxTotal(20);
            return ds;
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(derbyDir().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private DataSource pgAdmin() {
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setUrl(PG_URL);
        admin.setUser("postgres");
        return admin;
    }

    private void drop() throws Exception {
        if (postgres) {
            execute(pgAdmin(), "DROP SCHEMA IF EXISTS " + pgSchema() + " CASCADE");
            System.out.println("dropped schema " + pgSchema());
        } else {
            shutdownDerby();
            for (Path dir : List.of(derbyDir(), derbyDir().resolveSibling("crm-csv-" + label))) {
                if (Files.exists(dir)) {
                    try (var walk = Files.walk(dir)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                    System.out.println("deleted " + dir);
                }
            }
        }
    }

    private void shutdownDerby() {
        if (!postgres) {
            try {
                java.sql.DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // XJ015: Derby reports a clean shutdown as an exception
            }
        }
    }

    /** @return the marker written after a complete generation, or null */
    private String marker(DataSource ds) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT SETTING_VALUE FROM CRM_SETTING WHERE SETTING_KEY = ?")) {
            st.setString(1, MARKER);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private String sizes() {
        return customers + "/" + contacts + "/" + opportunities + "/" + activities;
    }

    private void run() throws Exception {
        String db = postgres ? "PostgreSQL (" + PG_URL + ", schema " + pgSchema() + ")" : "Derby (" + derbyDir() + ")";
        if (options.containsKey("--drop-only")) {
            drop();
            return;
        }
        System.out.printf(Locale.ROOT, "CRM benchmark on %s: %,d customers, %,d contacts, %,d opportunities, "
                + "%,d activities; %d warm-up + %d timed iterations per operation%n", db, customers, contacts,
                opportunities, activities, warmup, iterations);
        if (options.containsKey("--fresh")) {
            drop();
        }
        if (postgres) {
            execute(pgAdmin(), "CREATE SCHEMA IF NOT EXISTS " + pgSchema());
        }
        DataSource ds = dataSource();
        String found = marker(ds);
        if (found != null && !found.equals(sizes())) {
            throw new IllegalStateException("existing data has sizes " + found + ", not " + sizes()
                    + ": run with --fresh");
        }
        long t0 = System.nanoTime();
        new LiquibaseMigrator().migrate(ds, new ClassLoaderResourceAccessor(CrmStore.class.getClassLoader()), CHANGELOG);
        System.out.printf(Locale.ROOT, "migrations (real changelog): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (found == null) {
            if (hasRows(ds) && options.containsKey("--finish-existing")) {
                // an interrupted generation whose loaded tables match the sizes asked for (e.g. --activities 0):
                // finish it (sequence, statistics, marker) instead of starting over
                System.out.println("finishing the earlier generation that was interrupted");
                finish(ds);
            } else if (hasRows(ds)) {
                System.out.println("incomplete earlier generation found: starting over");
                drop();
                if (postgres) {
                    execute(pgAdmin(), "CREATE SCHEMA " + pgSchema());
                }
                ds = dataSource();
                new LiquibaseMigrator().migrate(ds, new ClassLoaderResourceAccessor(CrmStore.class.getClassLoader()),
                        CHANGELOG);
            }
            if (marker(ds) == null) {
                generate(ds);
            }
        } else {
            System.out.println("reusing the generated data (" + found + ")");
            // a migration may have filled a table since (crm-7 wrote the search keys of the existing customers)
            long t1 = System.nanoTime();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute(postgres ? "ANALYZE CRM_CUSTOMER_KEY"
                        : "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'CRM_CUSTOMER_KEY', NULL)");
            }
            System.out.printf(Locale.ROOT, "statistics of CRM_CUSTOMER_KEY: %.1f s%n", (System.nanoTime() - t1) / 1e9);
        }
        try {
            if (!options.containsKey("--generate-only")) {
                measure(ds);
            }
        } finally {
            if (options.containsKey("--drop")) {
                drop();
            } else {
                shutdownDerby();
                System.out.println("data kept for the next run (--drop deletes it)");
            }
        }
    }

    private static boolean hasRows(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM CRM_CUSTOMER")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private void finish(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            long max = 0;
            for (String table : List.of("CRM_CUSTOMER", "CRM_CUSTOMER_UNIT", "CRM_CONTACT", "CRM_OPPORTUNITY",
                    "CRM_ACTIVITY")) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), MAX(ID) FROM " + table)) {
                    rs.next();
                    System.out.printf(Locale.ROOT, "  %s: %,d rows%n", table, rs.getLong(1));
                    max = Math.max(max, rs.getLong(2));
                }
            }
            st.executeUpdate("UPDATE CRM_SEQUENCE SET SEQ_COUNT = " + (max + 1_000) + " WHERE SEQ_NAME = 'CRM'");
        }
        statistics(ds);
    }

    private void generate(DataSource ds) throws Exception {
        System.out.println("generating …");
        long t0 = System.nanoTime();
        long rows = new Generator(ds, postgres, postgres ? null : Files.createDirectories(derbyDir().resolveSibling("crm-csv-" + label)), customers, contacts, opportunities, activities).run();
        double load = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "generated %,d rows in %.0f s (%,.0f rows/s, PostgreSQL: JDBC batches with indexes in place; Derby: CSV + bulk import)%n",
                rows, load, rows / load);
        statistics(ds);
    }

    private void statistics(DataSource ds) throws Exception {
        long t1 = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("CRM_CUSTOMER", "CRM_CUSTOMER_KEY", "CRM_CUSTOMER_UNIT", "CRM_CONTACT",
                    "CRM_OPPORTUNITY", "CRM_ACTIVITY")) {
                st.execute(postgres ? "VACUUM ANALYZE " + table
                        : "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', '" + table + "', NULL)");
            }
            st.executeUpdate("INSERT INTO CRM_SETTING (SETTING_KEY, SETTING_VALUE, UPDATED_AT) VALUES ('" + MARKER
                    + "', '" + sizes() + "', CURRENT_TIMESTAMP)");
        }
        System.out.printf(Locale.ROOT, "statistics: %.0f s%n", (System.nanoTime() - t1) / 1e9);
    }

    // ---------------------------------------------------------------- measuring

    /** Customers the manager can see, with what a user would type to find them. */
    private record Sample(long id, String name, String creditCode, String initials, String province) {
    }

    private List<Sample> samples(DataSource ds, int wanted) throws SQLException {
        Random random = new Random(7);
        List<Sample> out = new ArrayList<>();
        Set<Long> scopeUnits = Set.of(10L, 11L, 12L);
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT ID, NAME, CREDIT_CODE, PINYIN_INITIALS, PROVINCE, OWNER_UNIT_ID FROM CRM_CUSTOMER WHERE ID = ?")) {
            int tries = 0;
            while (out.size() < wanted && tries++ < wanted * 50 + 1_000) {
                st.setLong(1, 1 + (long) (random.nextDouble() * customers));
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next() && scopeUnits.contains(rs.getLong(6)) && rs.getString(3) != null) {
                        out.add(new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
        }
        return out;
    }

    private void measure(DataSource ds) throws Exception {
        Map<String, Object> props = new HashMap<>();
        props.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, ds);
        if (Boolean.getBoolean("crm.bench.sql")) {
            // -Dcrm.bench.sql=true prints every statement with its parameters (for EXPLAIN)
            props.put(PersistenceUnitProperties.LOGGING_LOGGER, "DefaultLogger");
            props.put(PersistenceUnitProperties.CATEGORY_LOGGING_LEVEL_ + "sql", "FINE");
            props.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "true");
        }
        EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory("atrium-crm", props);
        try {
            CrmStore store = new CrmStore(emf);
            BenchWorld w = new BenchWorld();
            CustomerServiceImpl customerService = new CustomerServiceImpl(store, w.access, w.audit, w.org, w.users,
                    BenchWorld.defaults(CustomerConfig.class));
            ContactServiceImpl contactService = new ContactServiceImpl(store, w.access, w.audit, customerService);
            OpportunityServiceImpl opportunityService = new OpportunityServiceImpl(store, w.access, w.audit, w.org,
                    w.users, customerService);
            ActivityServiceImpl activityService = new ActivityServiceImpl(store, w.access, w.audit, customerService);
            LeadServiceImpl leadService = new LeadServiceImpl(store, w.access, w.audit, w.users, customerService,
                    contactService, opportunityService);
            CustomerSearch globalSearch = new CustomerSearch(customerService, w.access);
            ContactSearch contactSearch = new ContactSearch(contactService, w.access);
            ImportServiceImpl importService = new ImportServiceImpl(store, customerService, contactService, leadService,
                    w.access, BenchWorld.defaults(ImportConfig.class));
            UserContext me = BenchWorld.MANAGER;

            if (postgres) {
                try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SHOW jit")) {
                    rs.next();
                    System.out.println("PostgreSQL jit: " + rs.getString(1));
                }
            }
            List<Sample> samples = samples(ds, warmup + iterations);
            System.out.printf(Locale.ROOT, "%d sample customers in the manager's scope%n%n", samples.size());
            System.out.printf(Locale.ROOT, "%-58s %9s %9s %9s %9s  %s%n", "operation (service call)", "p50 ms",
                    "p95 ms", "max ms", "avg rows", "target");
            Random random = new Random(11);

            time("search: name prefix (CustomerService.search, 4 chars, name order, 20 rows)", "p95 < 50 ms", samples,
                    s -> customerService.search(me, CustomerFilter.text(s.name().substring(0, 4)),
                            new PageRequest(0, 20, "name", true)).size());
            time("search: credit code (CustomerService.search, 18 chars)", "p95 < 50 ms", samples,
                    s -> customerService.search(me, CustomerFilter.text(s.creditCode()),
                            new PageRequest(0, 20, "name", true)).size());
            time("search: pinyin initials (global search provider, 4 letters)", "p95 < 50 ms", samples,
                    s -> globalSearch.search(me, s.initials().substring(0, Math.min(4, s.initials().length())), 10)
                            .size());
            // the global search box asks every provider: contacts by a person's name (two characters) or a mobile prefix
            String[] contactNames = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"};
            time("search: contact name or mobile prefix (global search provider)", "p95 < 50 ms", samples,
                    s -> contactSearch.search(me, random.nextBoolean() ? contactNames[random.nextInt(contactNames.length)]
                            : "13" + (10_000 + random.nextInt(90_000)), 10).size());
            time("360 view: customer + contacts + opportunities + activities", "< 100 ms", samples, s -> {
                int n = 1;
                customerService.get(me, s.id());
                n += contactService.search(me, ContactFilter.ofCustomer(s.id()), new PageRequest(0, 50, "name", true))
                        .size();
                contactService.count(me, ContactFilter.ofCustomer(s.id()));
                OpportunityFilter opps = new OpportunityFilter(null, s.id(), null, null, null, null, null, false);
                n += opportunityService.search(me, opps, new PageRequest(0, 50, null, true)).size();
                opportunityService.count(me, opps);
                n += activityService.search(me, ActivityFilter.ofCustomer(s.id()),
                        new PageRequest(0, 20, "occurredAt", false)).size();
                return n;
            });
            // a list counts up to one more row than it shows (crm-web LazySource.LIST_LIMIT = 2,000)
            int listCount = 2_001;
            for (String sort : List.of("name", "createdAt", "updatedAt")) {
                time("list page: lifecycle + province, by " + sort + ", 50 rows + count up to 2,001", "< 100 ms",
                        samples, s -> {
                            CustomerFilter f = new CustomerFilter(null, Set.of(LifecycleStage.PROSPECT,
                                    LifecycleStage.OPPORTUNITY), null, null, s.province(), null, null, null, false);
                            int rows = customerService.search(me, f, new PageRequest(50 * random.nextInt(5), 50, sort,
                                    sort.equals("name"))).size();
                            customerService.countUpTo(me, f, listCount);
                            return rows;
                        });
            }
            time("list page: all in scope, by name, 50 rows + count up to 2,001", "< 100 ms", samples, s -> {
                int rows = customerService.search(me, CustomerFilter.all(), new PageRequest(50 * random.nextInt(5), 50,
                        "name", true)).size();
                customerService.countUpTo(me, CustomerFilter.all(), listCount);
                return rows;
            });
            time("list page: all in scope, newest first, 50 rows + count up to 2,001", "< 100 ms", samples, s -> {
                int rows = customerService.search(me, CustomerFilter.all(), new PageRequest(0, 50, null, true)).size();
                customerService.countUpTo(me, CustomerFilter.all(), listCount);
                return rows;
            });
            time("list page: contacts in scope, by name, 50 rows + count up to 2,001", "< 100 ms", samples, s -> {
                int rows = contactService.search(me, ContactFilter.all(), new PageRequest(50 * random.nextInt(5), 50,
                        "name", true)).size();
                contactService.countUpTo(me, ContactFilter.all(), listCount);
                return rows;
            });
            // the kanban's column counts and amounts (crm-web KanbanBoard), one GROUP BY instead of a count per stage
            OpportunityFilter openInScope = new OpportunityFilter(null, null, null, Set.of(OpportunityStatus.OPEN),
                    null, null, null, false);
            time("kanban: stage totals of the opportunities in scope (one aggregate)", "", samples,
                    s -> opportunityService.stageTotals(me, openInScope).size());
            importRun(importService, me);
        } finally {
            emf.close();
        }
    }

    private interface Op {
        int run(Sample s) throws Exception;
    }

    private void time(String name, String target, List<Sample> samples, Op op) throws Exception {
        long[] nanos = new long[iterations];
        long rows = 0;
        for (int i = 0; i < warmup + iterations; i++) {
            Sample s = samples.get(i % samples.size());
            long t = System.nanoTime();
            int n = op.run(s);
            long d = System.nanoTime() - t;
            if (i >= warmup) {
                nanos[i - warmup] = d;
                rows += n;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-58s %9.1f %9.1f %9.1f %9.1f  %s%n", name, ms(nanos, 0.50), ms(nanos, 0.95),
                nanos[nanos.length - 1] / 1e6, (double) rows / iterations, target);
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private void importRun(ImportServiceImpl imports, UserContext me) throws Exception {
        Random random = new Random(System.nanoTime());
        Names names = new Names(random);
        StringBuilder csv = new StringBuilder("客户名称,简称,统一社会信用代码,客户类型,行业,省份,城市,生命周期\n");
        for (int i = 0; i < importRows; i++) {
            Names.Company c = names.company(random.nextInt(3));
            csv.append(c.name()).append(',').append(c.shortName()).append(',').append(names.creditCode(c.division()))
                    .append(",ENTERPRISE,").append(c.industry()).append(',').append(c.province()).append(',')
                    .append(c.city()).append(",PROSPECT\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ImportPreview preview = imports.preview(me, ImportKind.CUSTOMER, "bench.csv", new ByteArrayInputStream(file));
        double previewS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ImportResult result = imports.commit(me, preview.id(), null);
        double commitS = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%nimport of %d customer rows (CSV, ImportService): preview %.1f s = %,.0f rows/s"
                + " (%d valid, %d with errors, %d with hints); commit %.1f s = %,.0f rows/s (%d written); "
                + "preview + commit %,.0f rows/s%n", preview.totalRows(), previewS, preview.totalRows() / previewS,
                preview.validRows(), preview.errorRows(), preview.rowsWithDuplicateHints(), commitS,
                result.written() / commitS, result.written(), preview.totalRows() / (previewS + commitS));
    }
}
