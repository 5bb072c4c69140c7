package org.atrium.crm.impl.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.atrium.crm.impl.internal.service.TestWorld.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.atrium.crm.api.customer.Customer;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerField;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.impl.internal.customer.CustomerSearchKeys;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.platform.api.PageRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The customer search keys (CRM_CUSTOMER_KEY) follow every change of a customer, the text search finds
 * customers through them, and the migration that filled them for existing customers writes exactly what
 * the service writes. On Derby and on PostgreSQL.
 */
class CustomerSearchKeysTest {

    private static final String CREDIT = "914403001922038216";

    private static CustomerServiceImpl service(CrmTestDatabase db) {
        TestWorld world = new TestWorld();
        return new CustomerServiceImpl(db.store, world.access, world.audit, world.org, world.users, config());
    }

    private static CustomerDraft draft(String name, String shortName) {
        return new CustomerDraft(name, shortName, null, null, null, null, CustomerType.ENTERPRISE, null, null, null,
                null, null);
    }

    private static List<Long> found(CustomerServiceImpl customers, String text) {
        return customers.search(ADMIN, CustomerFilter.text(text), PageRequest.first(50)).stream().map(Customer::id)
                .toList();
    }

    /** @return the stored keys of every customer, as "id:key" */
    private static Set<String> storedKeys(CrmTestDatabase db) throws Exception {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT CUSTOMER_ID, KEY_VALUE FROM CRM_CUSTOMER_KEY")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + ":" + rs.getString(2));
            }
        }
        return out;
    }

    /** @return the keys each customer should have now, from its fields and old codes */
    private static Set<String> wantedKeys(CrmTestDatabase db) {
        return db.store.jpa().read(em -> {
            Set<String> out = new TreeSet<>();
            for (CustomerEntity c : em.createQuery("SELECT c FROM CustomerEntity c", CustomerEntity.class)
                    .getResultList()) {
                List<String> aliases = em.createQuery("SELECT a.code FROM CustomerAliasEntity a WHERE a.customerId = :c",
                        String.class).setParameter("c", c.getId()).getResultList();
                CustomerSearchKeys.of(c, aliases).forEach(k -> out.add(c.getId() + ":" + k));
            }
            return out;
        });
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void keysFollowCreateUpdateMergeAndDelete(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CustomerServiceImpl customers = service(db);
            Customer huawei = customers.create(ADMIN, CustomerDraft.of("深圳市华为技术有限公司", CustomerType.ENTERPRISE)
                    .withCreditCode(CREDIT));
            Customer steel = customers.create(A_REP, CustomerDraft.of("华东钢铁贸易有限公司", CustomerType.ENTERPRISE));
            assertThat(storedKeys(db)).isEqualTo(wantedKeys(db)).isNotEmpty();

            // name prefix, core without region (华为), pinyin initials, code prefix, credit code, any case
            assertThat(found(customers, "深圳市华")).containsExactly(huawei.id());
            assertThat(found(customers, "华为")).containsExactly(huawei.id());
            assertThat(found(customers, "SZSHW")).containsExactly(huawei.id());
            assertThat(found(customers, huawei.code().toLowerCase())).containsExactly(huawei.id());
            assertThat(found(customers, CREDIT.substring(0, 10))).containsExactly(huawei.id());
            assertThat(found(customers, "华")).containsExactlyInAnyOrder(huawei.id(), steel.id());
            assertThat(found(customers, "华_")).isEmpty();
            assertThat(found(customers, "不存在")).isEmpty();

            // a rename replaces the keys of the old name
            customers.update(A_REP, steel.id(), draft("西北物流有限公司", "西北物流"), steel.version());
            assertThat(found(customers, "华东")).isEmpty();
            assertThat(found(customers, "西北")).containsExactly(steel.id());
            assertThat(storedKeys(db)).isEqualTo(wantedKeys(db));

            // a merge moves the duplicate's code to the survivor as an old code and drops the duplicate's keys
            Customer duplicate = customers.create(ADMIN, CustomerDraft.of("兰州西北运输有限公司", CustomerType.ENTERPRISE));
            customers.merge(ADMIN, steel.id(), duplicate.id(), Set.of(CustomerField.NAME));
            assertThat(found(customers, duplicate.code())).containsExactly(steel.id());
            assertThat(found(customers, "兰州西北运输")).containsExactly(steel.id());
            assertThat(found(customers, "西北物流")).as("the short name stays").containsExactly(steel.id());
            assertThat(storedKeys(db)).isEqualTo(wantedKeys(db)).noneMatch(k -> k.startsWith(duplicate.id() + ":"));

            customers.delete(ADMIN, huawei.id());
            assertThat(found(customers, "华为")).isEmpty();
            assertThat(storedKeys(db)).isEqualTo(wantedKeys(db)).noneMatch(k -> k.startsWith(huawei.id() + ":"));
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void aTextMatchingManyCustomersIsSearchedThroughTheKeyTableAndCountedExactly(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CustomerServiceImpl customers = service(db);
            int n = CustomerServiceImpl.KEY_ID_LIMIT + 5;
            db.store.jpa().inTransaction(em -> {
                List<String> codes = customers.reserveCodes(em, java.time.LocalDate.now(), n);
                for (int i = 0; i < n; i++) {
                    CustomerEntity c = new CustomerEntity();
                    String name = "众鑫" + String.format("%04d", i) + "贸易有限公司";
                    c.rename(name, org.atrium.crm.impl.internal.match.NameKeys.of(name,
                            new org.atrium.crm.impl.internal.match.Pinyin()));
                    c.setCode(codes.get(i));
                    c.setType(CustomerType.ENTERPRISE);
                    c.setLifecycle(org.atrium.crm.api.customer.LifecycleStage.IDENTIFYING);
                    c.created(A_REP.userId(), A_SALES, java.time.Instant.now());
                    em.persist(c);
                    CustomerSearchKeys.insert(em, c);
                }
                return null;
            });
            assertThat(customers.count(ADMIN, CustomerFilter.text("众鑫"))).isEqualTo(n);
            assertThat(customers.count(ADMIN, CustomerFilter.text("众鑫000"))).isEqualTo(10);
            List<Customer> page = customers.search(ADMIN, CustomerFilter.text("众鑫"), new PageRequest(n - 5, 50, "name",
                    true));
            assertThat(page).extracting(Customer::name).containsExactly("众鑫5000贸易有限公司", "众鑫5001贸易有限公司",
                    "众鑫5002贸易有限公司", "众鑫5003贸易有限公司", "众鑫5004贸易有限公司");
            // a thousand matches go to the database as a list of ids
            assertThat(customers.count(ADMIN, CustomerFilter.text("众鑫1"))).isEqualTo(1000);
            assertThat(customers.search(ADMIN, CustomerFilter.text("众鑫1"), new PageRequest(990, 50, "name", false)))
                    .extracting(Customer::name).containsExactly("众鑫1009贸易有限公司", "众鑫1008贸易有限公司",
                            "众鑫1007贸易有限公司", "众鑫1006贸易有限公司", "众鑫1005贸易有限公司", "众鑫1004贸易有限公司",
                            "众鑫1003贸易有限公司", "众鑫1002贸易有限公司", "众鑫1001贸易有限公司", "众鑫1000贸易有限公司");
            // the data scope still applies on both paths
            assertThat(customers.count(B_REP, CustomerFilter.text("众鑫"))).isZero();
            assertThat(customers.count(B_REP, CustomerFilter.text("众鑫000"))).isZero();
            // a list's count stops at its limit
            assertThat(customers.countUpTo(ADMIN, CustomerFilter.text("众鑫"), 100)).isEqualTo(100);
            assertThat(customers.countUpTo(ADMIN, CustomerFilter.text("众鑫"), 10_000)).isEqualTo(n);
            assertThat(customers.countUpTo(ADMIN, CustomerFilter.all(), n)).isEqualTo(n);
            assertThat(customers.countUpTo(ADMIN, CustomerFilter.text("众鑫000"), 5)).isEqualTo(5);
            assertThat(customers.countUpTo(ADMIN, CustomerFilter.text("众鑫"), 0)).isZero();
            assertThat(customers.countUpTo(B_REP, CustomerFilter.text("众鑫"), 100)).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource(CrmTestDatabase.DATABASES)
    void theMigrationWritesTheSameKeysAsTheService(String database) throws Exception {
        try (CrmTestDatabase db = CrmTestDatabase.open(database)) {
            CustomerServiceImpl customers = service(db);
            customers.create(ADMIN, draft("深圳市华为技术有限公司", "华为").withCreditCode(CREDIT));
            Customer a = customers.create(ADMIN, draft("（中国）Atrium Software 股份有限公司", "ATRIUM"));
            Customer b = customers.create(ADMIN, CustomerDraft.of("西北物流集团有限公司", CustomerType.ENTERPRISE));
            customers.merge(ADMIN, a.id(), b.id(), Set.of());
            Set<String> written = storedKeys(db);
            assertThat(written).isEqualTo(wantedKeys(db));

            try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM CRM_CUSTOMER_KEY");
                st.executeUpdate(backfillSql());
            }
            assertThat(storedKeys(db)).isEqualTo(written);
        }
    }

    /** @return the INSERT of changeset crm-7-customer-keys, as Liquibase runs it */
    private static String backfillSql() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/resources/db/crm/changelog.xml").toFile());
        NodeList sets = doc.getElementsByTagName("changeSet");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sets.getLength(); i++) {
            Element set = (Element) sets.item(i);
            if (set.getAttribute("id").equals("crm-7-customer-keys")) {
                found.add(set.getElementsByTagName("sql").item(0).getTextContent());
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
