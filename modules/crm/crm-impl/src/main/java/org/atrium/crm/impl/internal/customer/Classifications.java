package org.atrium.crm.impl.internal.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.atrium.crm.api.customer.Classification;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationValue;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.persistence.ClassDimensionEntity;
import org.atrium.crm.impl.internal.persistence.ClassValueEntity;
import org.atrium.crm.impl.internal.persistence.CustomerClassEntity;

/**
 * The classification values customers hold (客户分类), inside the caller's transaction: reading them for
 * the DTOs, checking and writing a draft's values, carrying them through a merge.
 */
public final class Classifications {

    /** The field prefix under which a dimension's errors are reported. */
    public static final String FIELD = "classifications.";

    /** A dimension with its values, as stored. */
    record Dimension(ClassDimensionEntity entity, List<ClassValueEntity> values) {

        ClassValueEntity value(String code) {
            return values.stream().filter(v -> v.getCode().equals(code)).findFirst().orElse(null);
        }

        ClassificationDimension toDto() {
            return new ClassificationDimension(entity.getCode(), entity.getName(), entity.isActive(),
                    values.stream().map(v -> new ClassificationValue(v.getCode(), v.getName(), v.isActive())).toList(),
                    entity.getVersion());
        }
    }

    /** @return every dimension with its values, in display order */
    static List<Dimension> load(EntityManager em) {
        Map<Long, List<ClassValueEntity>> values = new HashMap<>();
        em.createQuery("SELECT v FROM ClassValueEntity v ORDER BY v.dimensionId, v.position, v.id",
                ClassValueEntity.class).getResultList()
                .forEach(v -> values.computeIfAbsent(v.getDimensionId(), k -> new ArrayList<>()).add(v));
        return em.createQuery("SELECT d FROM ClassDimensionEntity d ORDER BY d.position, d.id",
                ClassDimensionEntity.class).getResultList().stream()
                .map(d -> new Dimension(d, values.getOrDefault(d.getId(), List.of()))).toList();
    }

    /**
     * @return every dimension with its values, deactivated ones included, in display order, as
     *         {@link org.atrium.crm.api.customer.ClassificationService#dimensions} gives them (without its
     *         permission check: for reads inside the CRM, e.g. the import's preview)
     */
    public static List<ClassificationDimension> dimensions(EntityManager em) {
        return load(em).stream().map(Dimension::toDto).toList();
    }

    /** @return the code in its stored form (upper case, trimmed), or {@code null} for blank */
    public static String code(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** @return the values the customers hold, in the dimensions' display order, by customer id */
    public Map<Long, List<Classification>> of(EntityManager em, Collection<Long> customerIds) {
        Map<Long, List<Classification>> out = new HashMap<>();
        if (customerIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT k.customerId, d.code, d.name, v.code, v.name, v.active FROM CustomerClassEntity k, "
                + "ClassDimensionEntity d, ClassValueEntity v WHERE k.customerId IN :ids AND d.id = k.dimensionId "
                + "AND v.id = k.valueId ORDER BY d.position, d.id", Object[].class)
                .setParameter("ids", List.copyOf(customerIds)).getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Classification(
                        (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Boolean) r[5])));
        return out;
    }

    /**
     * Checks the values of a draft against the dimensions, recording errors under
     * {@code classifications.<code>}; writes nothing.
     *
     * @param wanted     dimension code to value code, {@code null} or blank to clear; may be {@code null}
     * @param customerId the customer being edited, or {@code null} on creation
     * @return dimension id to value id ({@code null} to clear) for the dimensions the draft changes
     */
    public Map<Long, Long> resolve(EntityManager em, Map<String, String> wanted, Long customerId, Fields fields) {
        Map<Long, Long> plan = new LinkedHashMap<>();
        if (wanted == null || wanted.isEmpty()) {
            return plan;
        }
        Map<String, Dimension> byCode = new HashMap<>();
        load(em).forEach(d -> byCode.put(d.entity().getCode(), d));
        Map<Long, Long> held = customerId == null ? Map.of() : held(em, customerId);
        wanted.forEach((rawDimension, rawValue) -> {
            String dimensionCode = code(rawDimension);
            String field = FIELD + (dimensionCode == null ? "" : dimensionCode);
            Dimension d = dimensionCode == null ? null : byCode.get(dimensionCode);
            if (d == null) {
                fields.error(field, "classification.dimension.unknown", Objects.toString(rawDimension, ""));
                return;
            }
            String valueCode = code(rawValue);
            if (valueCode == null) {
                plan.put(d.entity().getId(), null);
                return;
            }
            ClassValueEntity v = d.value(valueCode);
            if (v == null) {
                fields.error(field, "classification.value.unknown", d.entity().getName(), rawValue.strip());
                return;
            }
            boolean alreadyHeld = v.getId().equals(held.get(d.entity().getId()));
            if (!alreadyHeld && !d.entity().isActive()) {
                fields.error(field, "classification.dimension.inactive", d.entity().getName());
                return;
            }
            if (!alreadyHeld && !v.isActive()) {
                fields.error(field, "classification.value.inactive", d.entity().getName(), v.getName());
                return;
            }
            plan.put(d.entity().getId(), v.getId());
        });
        return plan;
    }

    /** Writes a plan from {@link #resolve} for a customer. */
    public void apply(EntityManager em, long customerId, Map<Long, Long> plan) {
        if (plan.isEmpty()) {
            return;
        }
        Map<Long, CustomerClassEntity> rows = rows(em, customerId);
        plan.forEach((dimensionId, valueId) -> {
            CustomerClassEntity row = rows.get(dimensionId);
            if (valueId == null) {
                if (row != null) {
                    em.remove(row);
                }
            } else if (row == null) {
                em.persist(new CustomerClassEntity(customerId, dimensionId, valueId));
            } else {
                row.setValueId(valueId);
            }
        });
        em.flush();
    }

    /**
     * Moves a duplicate's values to the survivor before the duplicate is deleted: the survivor keeps
     * its values and takes the duplicate's in the dimensions it has none in, or, when
     * {@code duplicateWins}, the duplicate's value replaces the survivor's wherever the duplicate has one.
     */
    public void merge(EntityManager em, long survivorId, long duplicateId, boolean duplicateWins) {
        Map<Long, CustomerClassEntity> kept = rows(em, survivorId);
        for (CustomerClassEntity d : rows(em, duplicateId).values()) {
            CustomerClassEntity s = kept.get(d.getDimensionId());
            if (s == null) {
                em.persist(new CustomerClassEntity(survivorId, d.getDimensionId(), d.getValueId()));
            } else if (duplicateWins) {
                s.setValueId(d.getValueId());
            }
            em.remove(d);
        }
        em.flush();
    }

    /** Removes a customer's values (before the customer is deleted). */
    public void delete(EntityManager em, long customerId) {
        em.createQuery("DELETE FROM CustomerClassEntity k WHERE k.customerId = :c").setParameter("c", customerId)
                .executeUpdate();
    }

    private static Map<Long, Long> held(EntityManager em, long customerId) {
        Map<Long, Long> out = new HashMap<>();
        rows(em, customerId).forEach((dimension, row) -> out.put(dimension, row.getValueId()));
        return out;
    }

    private static Map<Long, CustomerClassEntity> rows(EntityManager em, long customerId) {
        Map<Long, CustomerClassEntity> out = new HashMap<>();
        em.createQuery("SELECT k FROM CustomerClassEntity k WHERE k.customerId = :c", CustomerClassEntity.class)
                .setParameter("c", customerId).getResultList().forEach(k -> out.put(k.getDimensionId(), k));
        return out;
    }
}
