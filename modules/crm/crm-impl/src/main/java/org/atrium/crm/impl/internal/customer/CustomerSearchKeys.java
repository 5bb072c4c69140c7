package org.atrium.crm.impl.internal.customer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.persistence.CustomerKeyEntity;

/**
 * The search keys of a customer ({@code CRM_CUSTOMER_KEY}): its name, short name, name core (without
 * region and legal form, so "华为" finds 深圳市华为技术有限公司), pinyin initials, code, credit code and old
 * codes, lower-cased. A text search is one prefix range in one index, the same on Derby and PostgreSQL.
 *
 * <p>Every writer of these fields keeps the keys in step in the same transaction: create, update and
 * merge ({@link CustomerServiceImpl}), delete, and the demo writer. Changeset {@code crm-7-customer-keys}
 * wrote the keys of the customers that existed before.
 */
public final class CustomerSearchKeys {

    /** The width of the key column; longer values are cut (a prefix search still finds them). */
    static final int MAX_LENGTH = 200;

    private CustomerSearchKeys() {
    }

    /** @return the text as keys are stored: stripped, lower-cased, at most {@link #MAX_LENGTH} characters */
    public static String normalise(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
    }

    /** @return the keys of a customer with these old codes, without blanks and repeats */
    public static Set<String> of(CustomerEntity c, Collection<String> oldCodes) {
        Set<String> keys = new LinkedHashSet<>();
        for (String value : List.of(nullToEmpty(c.getName()), nullToEmpty(c.getShortName()),
                nullToEmpty(c.getNameCore()), nullToEmpty(c.getPinyinInitials()), nullToEmpty(c.getCode()),
                nullToEmpty(c.getCreditCode()))) {
            add(keys, value);
        }
        oldCodes.forEach(code -> add(keys, code));
        return keys;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void add(Set<String> keys, String value) {
        String key = normalise(value);
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    /** Writes the keys of a customer that has none yet (a new customer, after it was persisted). */
    public static void insert(EntityManager em, CustomerEntity c) {
        for (String key : of(c, List.of())) {
            em.persist(new CustomerKeyEntity(c.getId(), key));
        }
    }

    /**
     * Makes the stored keys of a customer what its fields and old codes say now: removes the stale keys,
     * adds the missing ones.
     */
    public static void sync(EntityManager em, CustomerEntity c) {
        em.flush();
        List<String> oldCodes = em.createQuery("SELECT a.code FROM CustomerAliasEntity a WHERE a.customerId = :c",
                String.class).setParameter("c", c.getId()).getResultList();
        Set<String> wanted = of(c, oldCodes);
        List<CustomerKeyEntity> stored = stored(em, c.getId());
        for (CustomerKeyEntity k : stored) {
            if (!wanted.remove(k.getValue())) {
                em.remove(k);
            }
        }
        for (String key : wanted) {
            em.persist(new CustomerKeyEntity(c.getId(), key));
        }
    }

    /** Deletes the keys of a customer that is about to be deleted. */
    public static void delete(EntityManager em, long customerId) {
        em.createQuery("DELETE FROM CustomerKeyEntity k WHERE k.customerId = :c").setParameter("c", customerId)
                .executeUpdate();
    }

    /** @return the stored keys of a customer */
    public static List<CustomerKeyEntity> stored(EntityManager em, long customerId) {
        return em.createQuery("SELECT k FROM CustomerKeyEntity k WHERE k.customerId = :c", CustomerKeyEntity.class)
                .setParameter("c", customerId).getResultList();
    }
}
