package org.atrium.crm.impl.internal.customer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.customer.ClassificationDimension;
import org.atrium.crm.api.customer.ClassificationDraft;
import org.atrium.crm.api.customer.ClassificationService;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.customer.Classifications.Dimension;
import org.atrium.crm.impl.internal.persistence.ClassDimensionEntity;
import org.atrium.crm.impl.internal.persistence.ClassValueEntity;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The customer classification dimensions on JPA. Changes need {@code crm.classification.manage} for
 * the whole group, as the dimensions apply to every customer of the group.
 */
@Component(service = ClassificationService.class)
public final class ClassificationServiceImpl implements ClassificationService {

    static final String TARGET = "crm.classification";
    static final int MAX_VALUES = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,30}");

    private final CrmStore store;
    private final AccessService access;
    private final AuditService audit;
    private final Texts texts = new Texts();
    private final Guard guard;

    @Activate
    public ClassificationServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.guard = new Guard(access, texts);
    }

    @Override
    public List<ClassificationDimension> dimensions(UserContext caller) {
        if (!access.isPermitted(caller, CrmPermissions.CUSTOMER_VIEW)
                && !access.isPermitted(caller, CrmPermissions.CLASSIFICATION_MANAGE)) {
            throw guard.denied(caller, CrmPermissions.CUSTOMER_VIEW);
        }
        return store.jpa().read(em -> Classifications.load(em).stream().map(Dimension::toDto).toList());
    }

    @Override
    public ClassificationDimension define(UserContext caller, ClassificationDraft draft) {
        checkManager(caller);
        ClassificationDimension created = store.jpa().inTransaction(em -> {
            List<Dimension> all = Classifications.load(em);
            Fields fields = new Fields(texts, caller.locale());
            String code = Classifications.code(draft.code());
            if (code == null) {
                fields.error("code", "validation.required");
            } else if (!CODE.matcher(code).matches()) {
                fields.error("code", "classification.code.invalid");
            } else if (all.stream().anyMatch(d -> d.entity().getCode().equals(code))) {
                fields.error("code", "classification.code.taken", code);
            }
            String name = name(fields, draft, all, null);
            List<ClassificationDraft.ValueDraft> values = values(fields, draft, null);
            fields.check();
            int position = all.stream().mapToInt(d -> d.entity().getPosition()).max().orElse(0) + 1;
            ClassDimensionEntity d = new ClassDimensionEntity(code, name, position, Instant.now());
            em.persist(d);
            em.flush();
            int i = 0;
            for (ClassificationDraft.ValueDraft v : values) {
                em.persist(new ClassValueEntity(d.getId(), v.code(), v.name(), ++i));
            }
            em.flush();
            return dto(em, code);
        });
        audit.record(caller, "crm.classification.define", TARGET, created.code(),
                created.name() + ": " + valueNames(created));
        return created;
    }

    @Override
    public ClassificationDimension edit(UserContext caller, String code, ClassificationDraft draft,
            long expectedVersion) {
        checkManager(caller);
        ClassificationDimension edited = store.jpa().inTransaction(em -> {
            List<Dimension> all = Classifications.load(em);
            Dimension d = find(caller, all, code);
            if (d.entity().getVersion() != expectedVersion) {
                throw new ValidationException("", texts.get(caller.locale(), "validation.stale"));
            }
            Fields fields = new Fields(texts, caller.locale());
            String name = name(fields, draft, all, d);
            List<ClassificationDraft.ValueDraft> values = values(fields, draft, d);
            fields.check();
            d.entity().setName(name);
            d.entity().setUpdatedAt(Instant.now());
            int i = 0;
            for (ClassificationDraft.ValueDraft v : values) {
                ClassValueEntity existing = d.value(v.code());
                if (existing == null) {
                    em.persist(new ClassValueEntity(d.entity().getId(), v.code(), v.name(), ++i));
                } else {
                    existing.setName(v.name());
                    existing.setPosition(++i);
                }
            }
            em.flush();
            return dto(em, d.entity().getCode());
        });
        audit.record(caller, "crm.classification.edit", TARGET, edited.code(),
                edited.name() + ": " + valueNames(edited));
        return edited;
    }

    @Override
    public ClassificationDimension setDimensionActive(UserContext caller, String code, boolean active) {
        checkManager(caller);
        ClassificationDimension changed = store.jpa().inTransaction(em -> {
            Dimension d = find(caller, Classifications.load(em), code);
            d.entity().setActive(active);
            d.entity().setUpdatedAt(Instant.now());
            em.flush();
            return dto(em, d.entity().getCode());
        });
        audit.record(caller, active ? "crm.classification.activate" : "crm.classification.deactivate", TARGET,
                changed.code(), changed.name());
        return changed;
    }

    @Override
    public ClassificationDimension setValueActive(UserContext caller, String dimensionCode, String valueCode,
            boolean active) {
        checkManager(caller);
        String value = Classifications.code(valueCode);
        ClassificationDimension changed = store.jpa().inTransaction(em -> {
            Dimension d = find(caller, Classifications.load(em), dimensionCode);
            ClassValueEntity v = value == null ? null : d.value(value);
            if (v == null) {
                throw guard.notFound(caller, "kind.classificationValue");
            }
            v.setActive(active);
            // the dimension's version covers its values: an open edit form notices the change
            d.entity().setUpdatedAt(Instant.now());
            em.flush();
            return dto(em, d.entity().getCode());
        });
        audit.record(caller, active ? "crm.classification.value.activate" : "crm.classification.value.deactivate",
                TARGET, changed.code(), changed.name() + " / " + changed.value(value).name());
        return changed;
    }

    // ---------------------------------------------------------------- helpers

    private void checkManager(UserContext caller) {
        if (!guard.scope(caller, CrmPermissions.CLASSIFICATION_MANAGE).wholeGroup()) {
            throw guard.denied(caller, CrmPermissions.CLASSIFICATION_MANAGE);
        }
    }

    private Dimension find(UserContext caller, List<Dimension> all, String code) {
        String c = Classifications.code(code);
        return all.stream().filter(d -> d.entity().getCode().equals(c)).findFirst()
                .orElseThrow(() -> guard.notFound(caller, "kind.classification"));
    }

    private static ClassificationDimension dto(EntityManager em, String code) {
        return Classifications.load(em).stream().filter(d -> d.entity().getCode().equals(code)).findFirst()
                .orElseThrow().toDto();
    }

    private static String name(Fields fields, ClassificationDraft draft, List<Dimension> all, Dimension self) {
        String name = fields.text("name", draft.name(), 50, true);
        if (name != null && all.stream().anyMatch(d -> d != self && d.entity().getName().equals(name))) {
            fields.error("name", "classification.name.taken", name);
        }
        return name;
    }

    /** @return the values cleaned (codes upper case, names trimmed), errors under {@code values} */
    private static List<ClassificationDraft.ValueDraft> values(Fields fields, ClassificationDraft draft,
            Dimension existing) {
        List<ClassificationDraft.ValueDraft> out = new java.util.ArrayList<>();
        if (draft.values().isEmpty()) {
            fields.error("values", "classification.values.required");
        } else if (draft.values().size() > MAX_VALUES) {
            fields.error("values", "classification.values.tooMany", MAX_VALUES);
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ClassificationDraft.ValueDraft v : draft.values()) {
            String code = v == null ? null : Classifications.code(v.code());
            String name = v == null || v.name() == null || v.name().isBlank() ? null : v.name().strip();
            if (code == null || !CODE.matcher(code).matches()) {
                fields.error("values", "classification.value.code.invalid", code == null ? "" : code);
            } else if (name == null || name.length() > 50) {
                fields.error("values", "classification.value.name.invalid", code);
            } else if (!codes.add(code)) {
                fields.error("values", "classification.value.duplicate", code);
            } else if (!names.add(name)) {
                fields.error("values", "classification.value.duplicate", name);
            } else {
                out.add(new ClassificationDraft.ValueDraft(code, name));
            }
        }
        if (existing != null) {
            for (ClassValueEntity v : existing.values()) {
                if (!codes.contains(v.getCode())) {
                    fields.error("values", "classification.value.missing", v.getName(), v.getCode());
                }
            }
        }
        return out;
    }

    private static String valueNames(ClassificationDimension d) {
        return String.join("、", d.values().stream().map(v -> v.code() + "=" + v.name()).toList());
    }
}
