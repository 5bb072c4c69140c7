package org.atrium.bench.crm;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.atrium.crm.impl.internal.customer.CustomerSearchKeys;
import org.atrium.crm.impl.internal.match.NameKeys;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;

/**
 * Bulk-writes customers, contacts, opportunities, activities and some serving units straight into the
 * tables the real changelog created, with JDBC batches (PostgreSQL: {@code reWriteBatchedInserts},
 * foreign-key triggers off for the session since the rows are consistent by construction). Derived
 * columns come from crm-impl's own functions: {@link NameKeys} (normalised, core, full pinyin, pinyin
 * initials) and {@link Pinyin#initials} for contacts, as the services compute them.
 *
 * <p>Per customer the number of contacts, opportunities and activities follows the totals asked for;
 * one customer in a hundred is a key account with 5× the contacts and opportunities and 20× the
 * activities. {@code LAST_ACTIVITY_AT} is the customer's latest generated activity.
 */
final class Generator {

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final String[] LIFECYCLES = {"IDENTIFYING", "PROSPECT", "PROSPECT", "OPPORTUNITY", "ORDER",
        "DEAL", "DEAL", "LOST"};
    private static final String[] TIERS = {"A1", "A2", "B", "B", "C", "C", "C", null, null, null};
    private static final String[] TYPES = {"ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "ENTERPRISE", "DISTRIBUTOR",
        "GOVERNMENT", "INSTITUTION", "INDIVIDUAL"};
    private static final String[] SOURCES = {"展会", "官网", "老客户推荐", "电话营销", "渠道伙伴", null};
    private static final String[] ACTIVITY_TYPES = {"VISIT", "CALL", "CALL", "EMAIL", "MEETING"};
    private static final String[] SUBJECTS = {"需求沟通", "方案汇报", "报价跟进", "合同谈判", "售后回访", "技术交流",
        "商务宴请", "年度复盘"};
    private static final String[][] STAGES = {{"CONTACT", "10", "OPEN"}, {"QUALIFY", "20", "OPEN"},
        {"PROPOSAL", "30", "OPEN"}, {"NEGOTIATION", "40", "OPEN"}, {"WON", "90", "WON"}, {"LOST", "99", "LOST"}};

    private final DataSource dataSource;
    private final boolean postgres;
    private final long customers;
    private final long contacts;
    private final long opportunities;
    private final long activities;
    private final Random random = new Random(20261129L);
    private final Names names = new Names(random);
    private final Pinyin pinyin = new Pinyin();
    private final Instant now = Instant.parse("2026-11-01T00:00:00Z");
    private final java.util.List<Sink> sinks = new java.util.ArrayList<>();
    /** Derby: where the CSV files for the bulk import go; null for JDBC batches */
    private final Path csvDir;

    Generator(DataSource dataSource, boolean postgres, Path csvDir, long customers, long contacts, long opportunities,
            long activities) {
        this.csvDir = csvDir;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.customers = customers;
        this.contacts = contacts;
        this.opportunities = opportunities;
        this.activities = activities;
    }

    /** @return how many of {@code total} rows belong to customer {@code i} (0-based) with key-account weight */
    private long share(long total, long i, int keyWeight) {
        return cumulative(total, i + 1, keyWeight) - cumulative(total, i, keyWeight);
    }

    private long cumulative(long total, long upTo, int keyWeight) {
        long keysBelow = (upTo + 92) / 100;
        long all = customers + ((customers + 92) / 100) * (keyWeight - 1);
        long weight = upTo + keysBelow * (keyWeight - 1);
        return (long) ((double) total * weight / all);
    }

    /** Writes every row; returns the number of rows written. */
    long run() throws SQLException, IOException {
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (postgres) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET session_replication_role = replica");
                }
            }
            Sink cu = sink(c, "INSERT INTO CRM_CUSTOMER (ID, CODE, NAME, NAME_LOWER, NAME_NORM, "
                    + "NAME_CORE, REGION_PREFIXED, NAME_PINYIN, PINYIN_INITIALS, SHORT_NAME, CREDIT_CODE, INDUSTRY, "
                    + "PROVINCE, CITY, CUSTOMER_TYPE, SOURCE, LIFECYCLE, TIER, CREDIT_RATING, OWNER_USER_ID, "
                    + "OWNER_UNIT_ID, CREATED_AT, UPDATED_AT, VERSION, LAST_ACTIVITY_AT, OWNED_SINCE) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            Sink ke = sink(c, "INSERT INTO CRM_CUSTOMER_KEY (KEY_VALUE, CUSTOMER_ID) VALUES (?,?)");
            Sink su = sink(c, "INSERT INTO CRM_CUSTOMER_UNIT (ID, CUSTOMER_ID, UNIT_ID, NOTE, "
                    + "SINCE) VALUES (?,?,?,?,?)");
            Sink co = sink(c, "INSERT INTO CRM_CONTACT (ID, CUSTOMER_ID, NAME, NAME_LOWER, "
                    + "PINYIN_INITIALS, TITLE, DEPARTMENT, DECISION_ROLE, MOBILE, EMAIL, RELATIONSHIP, OWNER_USER_ID, "
                    + "OWNER_UNIT_ID, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            Sink op = sink(c, "INSERT INTO CRM_OPPORTUNITY (ID, CUSTOMER_ID, NAME, STAGE_CODE, "
                    + "STATUS, REACHED_ORDER, AMOUNT, EXPECTED_CLOSE, CLOSED_AT, OWNER_USER_ID, OWNER_UNIT_ID, "
                    + "CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
            Sink ac = sink(c, "INSERT INTO CRM_ACTIVITY (ID, ACTIVITY_TYPE, CHANNEL, SUBJECT, "
                    + "CONTENT, OCCURRED_AT, CUSTOMER_ID, CONTACT_ID, OPPORTUNITY_ID, NEXT_STEP, NEXT_STEP_DATE, "
                    + "NEXT_STEP_DONE, OWNER_USER_ID, OWNER_UNIT_ID, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            long contactId = 0;
            long oppId = 0;
            long activityId = 0;
            long unitRowId = 0;
            int pending = 0;
            int sinceCommit = 0;
            long started = System.nanoTime();
            long nextReport = customers / 10;
            for (long i = 0; i < customers; i++) {
                long id = i + 1;
                long owner = BenchWorld.FIRST_REP + random.nextInt(BenchWorld.REPS);
                long unit = BenchWorld.repUnit(owner);
                int subsidiary = (int) (unit / 10) - 1;
                // each subsidiary sells in three regions of its own
                int region = subsidiary * 3 + random.nextInt(3);
                Names.Company company = names.company(region);
                NameKeys keys = NameKeys.of(company.name(), pinyin);
                Instant created = now.minusSeconds((long) (random.nextDouble() * 5 * 365 * 86_400));
                long nActivities = share(activities, i, 20);
                long nContacts = share(contacts, i, 5);
                long nOpps = share(opportunities, i, 5);
                Instant[] times = new Instant[(int) nActivities];
                Instant last = null;
                for (int a = 0; a < times.length; a++) {
                    long span = Math.max(1, now.getEpochSecond() - created.getEpochSecond());
                    times[a] = created.plusSeconds((long) (random.nextDouble() * span));
                    last = last == null || times[a].isAfter(last) ? times[a] : last;
                }
                Instant updated = created.plusSeconds((long) (random.nextDouble()
                        * Math.max(1, now.getEpochSecond() - created.getEpochSecond())));
                int p = 1;
                cu.set(p++, id);
                String code = String.format("B%08d", id);
                cu.set(p++, code);
                cu.set(p++, company.name());
                cu.set(p++, company.name().toLowerCase(Locale.ROOT));
                cu.set(p++, keys.normalised());
                cu.set(p++, keys.core());
                cu.set(p++, keys.regionPrefixed());
                cu.set(p++, keys.pinyin());
                cu.set(p++, keys.initials());
                String creditCode = random.nextInt(10) < 7 ? names.creditCode(company.division()) : null;
                cu.set(p++, company.shortName());
                cu.set(p++, creditCode);
                cu.set(p++, company.industry());
                cu.set(p++, company.province());
                cu.set(p++, company.city());
                cu.set(p++, TYPES[random.nextInt(TYPES.length)]);
                cu.set(p++, SOURCES[random.nextInt(SOURCES.length)]);
                cu.set(p++, LIFECYCLES[random.nextInt(LIFECYCLES.length)]);
                cu.set(p++, TIERS[random.nextInt(TIERS.length)]);
                cu.set(p++, random.nextBoolean() ? "AA" : null);
                cu.set(p++, owner);
                cu.set(p++, unit);
                cu.set(p++, Timestamp.from(created));
                cu.set(p++, Timestamp.from(updated));
                cu.set(p++, 0);
                cu.set(p++, last == null ? null : Timestamp.from(last));
                cu.set(p++, Timestamp.from(created));
                cu.addBatch();
                rows++;
                // the search keys as crm-impl writes them (CustomerSearchKeys)
                CustomerEntity entity = new CustomerEntity();
                entity.rename(company.name(), keys);
                entity.setShortName(company.shortName());
                entity.setCode(code);
                entity.setCreditCode(creditCode);
                for (String key : CustomerSearchKeys.of(entity, List.of())) {
                    ke.set(1, key);
                    ke.set(2, id);
                    ke.addBatch();
                    rows++;
                }
                if (random.nextInt(100) == 0) {
                    long other = BenchWorld.DEPARTMENTS[random.nextInt(BenchWorld.DEPARTMENTS.length)];
                    if (other != unit) {
                        su.set(1, ++unitRowId);
                        su.set(2, id);
                        su.set(3, other);
                        su.set(4, "联合服务");
                        su.set(5, Timestamp.from(created));
                        su.addBatch();
                        rows++;
                    }
                }
                long firstContact = contactId + 1;
                for (long k = 0; k < nContacts; k++) {
                    String person = names.person();
                    p = 1;
                    co.set(p++, ++contactId);
                    co.set(p++, id);
                    co.set(p++, person);
                    co.set(p++, person.toLowerCase(Locale.ROOT));
                    co.set(p++, pinyin.initials(person));
                    co.set(p++, names.title());
                    co.set(p++, random.nextBoolean() ? "采购部" : "技术部");
                    co.set(p++, k == 0 ? "DECISION_MAKER" : random.nextBoolean() ? "INFLUENCER" : "USER");
                    co.set(p++, names.mobile());
                    co.set(p++, random.nextInt(3) == 0 ? "c" + contactId + "@example.cn" : null);
                    co.set(p++, 1 + random.nextInt(5));
                    co.set(p++, owner);
                    co.set(p++, unit);
                    co.set(p++, Timestamp.from(created));
                    co.set(p++, Timestamp.from(created));
                    co.addBatch();
                    rows++;
                }
                long firstOpp = oppId + 1;
                for (long k = 0; k < nOpps; k++) {
                    String[] stage = STAGES[random.nextInt(STAGES.length)];
                    Instant oCreated = created.plusSeconds((long) (random.nextDouble()
                            * Math.max(1, now.getEpochSecond() - created.getEpochSecond())));
                    LocalDate close = LocalDate.ofInstant(oCreated, ZoneId.of("Asia/Shanghai"))
                            .plusDays(30 + random.nextInt(180));
                    p = 1;
                    op.set(p++, ++oppId);
                    op.set(p++, id);
                    op.set(p++, company.shortName() + SUBJECTS[random.nextInt(SUBJECTS.length)].substring(0, 2)
                            + "项目");
                    op.set(p++, stage[0]);
                    op.set(p++, stage[2]);
                    op.set(p++, Integer.parseInt(stage[1]));
                    op.set(p++, BigDecimal.valueOf(10_000L + random.nextInt(5_000_000), 2));
                    op.set(p++, Date.valueOf(close));
                    if ("OPEN".equals(stage[2])) {
                        op.set(p++, null);
                    } else {
                        op.set(p++, Timestamp.from(oCreated.plusSeconds(86_400L * 30)));
                    }
                    op.set(p++, owner);
                    op.set(p++, unit);
                    op.set(p++, Timestamp.from(oCreated));
                    op.set(p++, Timestamp.from(oCreated));
                    op.addBatch();
                    rows++;
                }
                for (Instant at : times) {
                    boolean nextStep = random.nextInt(5) == 0;
                    p = 1;
                    ac.set(p++, ++activityId);
                    ac.set(p++, ACTIVITY_TYPES[random.nextInt(ACTIVITY_TYPES.length)]);
                    ac.set(p++, random.nextBoolean() ? "微信" : null);
                    ac.set(p++, SUBJECTS[random.nextInt(SUBJECTS.length)]);
                    ac.set(p++, "与客户" + company.shortName() + "沟通，确认下一步安排。");
                    ac.set(p++, Timestamp.from(at));
                    ac.set(p++, id);
                    if (nContacts > 0 && random.nextInt(10) < 7) {
                        ac.set(p++, firstContact + random.nextInt((int) nContacts));
                    } else {
                        ac.set(p++, null);
                    }
                    if (nOpps > 0 && random.nextInt(10) < 3) {
                        ac.set(p++, firstOpp + random.nextInt((int) nOpps));
                    } else {
                        ac.set(p++, null);
                    }
                    ac.set(p++, nextStep ? "发送报价单" : null);
                    if (nextStep) {
                        ac.set(p++, Date.valueOf(LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai")).plusDays(7)));
                    } else {
                        ac.set(p++, null);
                    }
                    ac.set(p++, nextStep && random.nextInt(4) > 0);
                    ac.set(p++, owner);
                    ac.set(p++, unit);
                    ac.set(p++, Timestamp.from(at));
                    ac.set(p++, Timestamp.from(at));
                    ac.addBatch();
                    rows++;
                }
                pending += 1 + nContacts + nOpps + nActivities;
                if (pending >= BATCH) {
                    sinceCommit += pending;
                    pending = 0;
                    flush(cu, ke, su, co, op, ac);
                    if (sinceCommit >= COMMIT_EVERY) {
                        c.commit();
                        sinceCommit = 0;
                    }
                }
                if (id == nextReport) {
                    double s = (System.nanoTime() - started) / 1e9;
                    System.out.printf(Locale.ROOT, "  … %,d customers, %,d rows, %.0f s, %,.0f rows/s%n", id, rows, s,
                            rows / s);
                    nextReport += customers / 10;
                }
            }
            flush(cu, ke, su, co, op, ac);
            c.commit();
            if (csvDir != null) {
                double s = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "  … CSV files written: %,d rows, %.0f s%n", rows, s);
                importCsv(c);
            }
            try (Statement st = c.createStatement()) {
                // the services' table sequence continues after the bulk rows
                long max = Math.max(Math.max(customers, contactId), Math.max(oppId, Math.max(activityId, unitRowId)));
                st.executeUpdate("UPDATE CRM_SEQUENCE SET SEQ_COUNT = " + (max + 1_000) + " WHERE SEQ_NAME = 'CRM'");
                if (postgres) {
                    st.execute("SET session_replication_role = origin");
                }
            }
            c.commit();
        }
        return rows;
    }

    private static void flush(Sink... sinks) throws SQLException {
        for (Sink s : sinks) {
            s.flush();
        }
    }

    private Sink sink(Connection c, String insert) throws SQLException {
        Sink s = csvDir == null ? new Sink.Jdbc(c, insert) : new Sink.Csv(csvDir, insert);
        sinks.add(s);
        return s;
    }

    /**
     * Derby only: loads the CSV files into the (empty) tables in foreign-key order with Derby's bulk
     * import, then deletes them.
     */
    private void importCsv(Connection c) throws SQLException, IOException {
        for (Sink s : sinks) {
            Sink.Csv csv = (Sink.Csv) s;
            csv.close();
            long t = System.nanoTime();
            try (java.sql.CallableStatement call = c.prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', 'UTF-8', 0)")) {
                call.setString(1, csv.table);
                call.setString(2, csv.columns);
                call.setString(3, csv.file.toString());
                call.execute();
            }
            c.commit();
            System.out.printf(Locale.ROOT, "  … bulk import of %s: %.0f s%n", csv.table, (System.nanoTime() - t) / 1e9);
            Files.delete(csv.file);
        }
    }
}
