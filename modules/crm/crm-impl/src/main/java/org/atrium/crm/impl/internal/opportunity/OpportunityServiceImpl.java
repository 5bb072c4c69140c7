package org.atrium.crm.impl.internal.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.Owner;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.FunnelGroup;
import org.atrium.crm.api.opportunity.FunnelGrouping;
import org.atrium.crm.api.opportunity.FunnelQuery;
import org.atrium.crm.api.opportunity.FunnelReport;
import org.atrium.crm.api.opportunity.Opportunity;
import org.atrium.crm.api.opportunity.OpportunityDraft;
import org.atrium.crm.api.opportunity.OpportunityFilter;
import org.atrium.crm.api.opportunity.OpportunityService;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.api.opportunity.StageTotal;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Fields;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.platform.db.Where;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.funnel.FunnelAggregates;
import org.atrium.crm.impl.internal.funnel.FunnelCalculator;
import org.atrium.crm.impl.internal.funnel.FunnelTally;
import org.atrium.crm.impl.internal.persistence.CompetitorEntity;
import org.atrium.crm.impl.internal.persistence.OpportunityEntity;
import org.atrium.crm.impl.internal.persistence.StageEntity;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.platform.api.org.OrgService;
import org.atrium.platform.api.org.OrgUnit;
import org.atrium.platform.api.security.AccessService;
import org.atrium.platform.api.security.ScopeFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opportunities, the pipeline and the funnel report on JPA; scoped by each opportunity's owner. */
@Component(service = {OpportunityService.class, OpportunityServiceImpl.class})
public final class OpportunityServiceImpl implements OpportunityService {

    static final String TARGET = "crm.opportunity";
    private static final String KIND = "kind.opportunity";
    private static final Map<String, String> SORTABLE = Map.of("name", "o.name", "amount", "o.amount",
            "expectedCloseDate", "o.expectedClose", "stage", "o.stageCode", "createdAt", "o.createdAt");

    private final CrmStore store;
    private final Guard guard;
    private final Texts texts = new Texts();
    private final AuditService audit;
    private final OrgService org;
    private final UserService users;
    private final CustomerServiceImpl customers;

    @Activate
    public OpportunityServiceImpl(@Reference CrmStore store, @Reference AccessService access,
            @Reference AuditService audit, @Reference OrgService org, @Reference UserService users,
            @Reference CustomerServiceImpl customers) {
        this.store = store;
        this.guard = new Guard(access, texts);
        this.audit = audit;
        this.org = org;
        this.users = users;
        this.customers = customers;
    }

    // ---------------------------------------------------------------- pipeline

    @Override
    public List<PipelineStage> stages() {
        return store.jpa().read(OpportunityServiceImpl::loadStages);
    }

    private static List<PipelineStage> loadStages(EntityManager em) {
        return em.createQuery("SELECT s FROM StageEntity s", StageEntity.class).getResultList().stream()
                .map(StageEntity::toStage).sorted(Comparator.comparingInt((PipelineStage s) -> s.kind().ordinal())
                        .thenComparingInt(PipelineStage::order)).toList();
    }

    @Override
    public List<PipelineStage> saveStages(UserContext caller, List<PipelineStage> stages) {
        if (!guard.scope(caller, CrmPermissions.PIPELINE_MANAGE).wholeGroup()) {
            throw guard.denied(caller, CrmPermissions.PIPELINE_MANAGE);
        }
        if (!validPipeline(stages)) {
            throw new ValidationException("", texts.get(caller.locale(), "pipeline.invalid"));
        }
        List<PipelineStage> saved = store.jpa().inTransaction(em -> {
            Map<String, StageEntity> existing = new HashMap<>();
            em.createQuery("SELECT s FROM StageEntity s", StageEntity.class).getResultList()
                    .forEach(s -> existing.put(s.getCode(), s));
            for (PipelineStage stage : stages) {
                StageEntity e = existing.remove(stage.code());
                if (e == null) {
                    em.persist(new StageEntity(stage));
                } else {
                    e.apply(stage);
                }
            }
            for (StageEntity removed : existing.values()) {
                long used = em.createQuery("SELECT COUNT(o) FROM OpportunityEntity o WHERE o.stageCode = :s", Long.class)
                        .setParameter("s", removed.getCode()).getSingleResult();
                if (used > 0) {
                    throw new ValidationException("", texts.get(caller.locale(), "pipeline.inUse", removed.getCode()));
                }
                em.remove(removed);
            }
            em.flush();
            return loadStages(em);
        });
        audit.record(caller, "crm.pipeline.update", "crm.pipeline", null,
                saved.stream().map(s -> s.code() + "=" + s.probability() + "%").toList().toString());
        return saved;
    }

    static boolean validPipeline(List<PipelineStage> stages) {
        Set<String> codes = new HashSet<>();
        int open = 0;
        int won = 0;
        int lost = 0;
        for (PipelineStage s : stages) {
            if (s.code() == null || !s.code().matches("[A-Z0-9_]{1,30}") || !codes.add(s.code()) || s.kind() == null
                    || Where.blank(s.nameZh()) || Where.blank(s.nameEn()) || s.probability() < 0 || s.probability() > 100) {
                return false;
            }
            switch (s.kind()) {
                case OPEN -> open++;
                case WON -> won++;
                case LOST -> lost++;
            }
        }
        int maxOpen = stages.stream().filter(s -> s.kind() == StageKind.OPEN).mapToInt(PipelineStage::order).max().orElse(0);
        boolean closingAfterOpen = stages.stream().filter(s -> s.kind() != StageKind.OPEN).allMatch(s -> s.order() > maxOpen);
        return open >= 1 && won == 1 && lost == 1 && closingAfterOpen;
    }

    private PipelineStage stage(EntityManager em, UserContext caller, String code) {
        StageEntity e = code == null ? null : em.find(StageEntity.class, code);
        if (e == null) {
            throw new ValidationException("stageCode", texts.get(caller.locale(), "opportunity.stage.invalid"));
        }
        return e.toStage();
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<Opportunity> search(UserContext caller, OpportunityFilter filter, PageRequest page) {
        Where where = where(caller, filter);
        String order = page.sortProperty() == null ? null : SORTABLE.get(page.sortProperty());
        String orderBy = order == null ? " ORDER BY o.expectedClose, o.id"
                : " ORDER BY " + order + (page.ascending() ? " ASC" : " DESC") + ", o.id";
        return store.jpa().read(em -> toDtos(em, where.bind(em.createQuery("SELECT o FROM OpportunityEntity o"
                + where.clause() + orderBy, OpportunityEntity.class)).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList()));
    }

    @Override
    public int count(UserContext caller, OpportunityFilter filter) {
        Where where = where(caller, filter);
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT COUNT(o) FROM OpportunityEntity o"
                + where.clause(), Long.class)).getSingleResult()).intValue();
    }

    @Override
    public int countUpTo(UserContext caller, OpportunityFilter filter, int atMost) {
        if (atMost <= 0) {
            return 0;
        }
        return store.countUpTo("SELECT o.id FROM OpportunityEntity o", where(caller, filter), atMost);
    }

    @Override
    public List<StageTotal> stageTotals(UserContext caller, OpportunityFilter filter) {
        // the filter of count without its stages: each stage is a group of its own
        Where where = where(caller, new OpportunityFilter(filter.text(), filter.customerId(), null, filter.statuses(),
                filter.closeFrom(), filter.closeTo(), filter.ownerUnitId(), filter.mineOnly()));
        return store.jpa().read(em -> where.bind(em.createQuery("SELECT o.stageCode, COUNT(o), SUM(o.amount) FROM "
                + "OpportunityEntity o" + where.clause() + " GROUP BY o.stageCode", Object[].class)).getResultList()
                .stream().map(r -> new StageTotal((String) r[0], ((Number) r[1]).intValue(), decimal(r[2]))).toList());
    }

    /** @return a SUM as a decimal; {@code null} (no amounts) as zero */
    private static BigDecimal decimal(Object sum) {
        if (sum == null) {
            return BigDecimal.ZERO;
        }
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    private Where where(UserContext caller, OpportunityFilter f) {
        Where where = new Where().inScope(guard.scope(caller, CrmPermissions.OPPORTUNITY_VIEW),
                "o.ownerUnitId IN :scopeUnits", "o.ownerUserId");
        if (!Where.blank(f.text())) {
            where.and("LOWER(o.name) LIKE :text ESCAPE '\\'", "text", "%" + Where.escape(f.text()) + "%");
        }
        if (f.customerId() != null) {
            where.and("o.customerId = :customer", "customer", f.customerId());
        }
        if (!f.stageCodes().isEmpty()) {
            where.and("o.stageCode IN :stages", "stages", f.stageCodes());
        }
        if (!f.statuses().isEmpty()) {
            where.and("o.status IN :statuses", "statuses", f.statuses());
        }
        if (f.closeFrom() != null) {
            where.and("o.expectedClose >= :closeFrom", "closeFrom", f.closeFrom());
        }
        if (f.closeTo() != null) {
            where.and("o.expectedClose <= :closeTo", "closeTo", f.closeTo());
        }
        if (f.ownerUnitId() != null) {
            where.and("o.ownerUnitId IN :ownerUnits", "ownerUnits", org.subtreeIds(f.ownerUnitId()));
        }
        if (f.mineOnly()) {
            where.and("o.ownerUserId = :me", "me", caller.userId());
        }
        return where;
    }

    @Override
    public Opportunity get(UserContext caller, long opportunityId) {
        return store.jpa().read(em -> toDto(em, guard.visible(em, OpportunityEntity.class, caller,
                CrmPermissions.OPPORTUNITY_VIEW, opportunityId, KIND)));
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Opportunity create(UserContext caller, OpportunityDraft draft) {
        Opportunity created = store.jpa().inTransaction(em -> toDto(em, createIn(em, caller, draft)));
        audit.record(caller, "crm.opportunity.create", TARGET, String.valueOf(created.id()),
                created.name() + " " + created.amount());
        return created;
    }

    /** Creates an opportunity owned by the caller inside the caller's transaction; the caller audits. */
    public OpportunityEntity createIn(EntityManager em, UserContext caller, OpportunityDraft draft) {
        guard.checkRecord(caller, CrmPermissions.OPPORTUNITY_CREATE, caller.primaryUnitId(), caller.userId());
        customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, draft.customerId());
        Fields fields = new Fields(texts, caller.locale());
        Clean clean = validate(draft, fields);
        PipelineStage start = draft.stageCode() == null ? firstOpen(em)
                : em.find(StageEntity.class, draft.stageCode()) == null ? null : stage(em, caller, draft.stageCode());
        if (start == null || start.kind() != StageKind.OPEN) {
            fields.error("stageCode", "opportunity.stage.invalid");
        }
        fields.check();
        OpportunityEntity o = new OpportunityEntity();
        o.setCustomerId(draft.customerId());
        applyFields(o, clean);
        o.setStageCode(start.code());
        o.setStatus(OpportunityStatus.OPEN);
        o.setReachedOrder(start.order());
        o.created(caller.userId(), caller.primaryUnitId(), Instant.now());
        em.persist(o);
        em.flush();
        replaceCompetitors(em, o.getId(), draft.competitors());
        customers.promote(em, draft.customerId(), LifecycleStage.OPPORTUNITY);
        return o;
    }

    private static PipelineStage firstOpen(EntityManager em) {
        return loadStages(em).stream().filter(s -> s.kind() == StageKind.OPEN).findFirst().orElse(null);
    }

    private record Clean(String name, BigDecimal amount, java.time.LocalDate close, List<Competitor> competitors) {
    }

    private Clean validate(OpportunityDraft d, Fields fields) {
        String name = fields.text("name", d.name(), 200, true);
        BigDecimal amount = fields.required("amount", d.amount());
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 16)) {
            fields.error("amount", "validation.amount");
        }
        fields.required("expectedCloseDate", d.expectedCloseDate());
        List<Competitor> competitors = new ArrayList<>();
        for (Competitor c : d.competitors()) {
            String cname = fields.text("competitors", c.name(), 200, true);
            if (c.offer() != null && (c.offer().signum() < 0 || c.offer().stripTrailingZeros().scale() > 2)) {
                fields.error("competitors", "validation.amount");
            }
            competitors.add(new Competitor(cname, c.offer(), fields.text("competitors", c.strengths(), 1000, false),
                    fields.text("competitors", c.weaknesses(), 1000, false)));
        }
        return new Clean(name, amount, d.expectedCloseDate(), competitors);
    }

    private static void applyFields(OpportunityEntity o, Clean clean) {
        o.setName(clean.name());
        o.setAmount(clean.amount().setScale(2, java.math.RoundingMode.UNNECESSARY));
        o.setExpectedClose(clean.close());
    }

    private static void replaceCompetitors(EntityManager em, long opportunityId, List<Competitor> competitors) {
        em.createQuery("DELETE FROM CompetitorEntity c WHERE c.opportunityId = :o").setParameter("o", opportunityId)
                .executeUpdate();
        for (int i = 0; i < competitors.size(); i++) {
            em.persist(new CompetitorEntity(opportunityId, i, competitors.get(i)));
        }
    }

    @Override
    public Opportunity update(UserContext caller, long opportunityId, OpportunityDraft draft) {
        return write(caller, opportunityId, new Change(Objects.requireNonNull(draft, "draft"), null, null, false, null));
    }

    @Override
    public Opportunity moveStage(UserContext caller, long opportunityId, String stageCode, String reason) {
        if (stageCode == null) {
            throw new ValidationException("stageCode", texts.get(caller.locale(), "opportunity.stage.invalid"));
        }
        return write(caller, opportunityId, new Change(null, stageCode, reason, false, null));
    }

    @Override
    public Opportunity edit(UserContext caller, long opportunityId, OpportunityDraft draft, String stageCode,
            String reason, Instant expectedUpdatedAt) {
        return write(caller, opportunityId, new Change(draft, stageCode, reason, true,
                Objects.requireNonNull(expectedUpdatedAt, "expectedUpdatedAt")));
    }

    /**
     * One write of {@link #update}, {@link #moveStage} or {@link #edit}.
     *
     * @param draft             the new fields, or {@code null} to keep them
     * @param stageCode         the target stage, or {@code null} for no move
     * @param reason            the win/loss reason as given
     * @param sameStageStays    whether a target equal to the current stage is no move (the edit dialog sends
     *                          its stage field as it is) rather than a move onto itself (as the kanban does)
     * @param expectedUpdatedAt the last change the caller saw, or {@code null} for no check
     */
    private record Change(OpportunityDraft draft, String stageCode, String reason, boolean sameStageStays,
            Instant expectedUpdatedAt) {

        boolean moves(OpportunityEntity o) {
            return stageCode != null && !(sameStageStays && stageCode.equals(o.getStageCode()));
        }
    }

    /** What one write did, for its audit entries once it is committed. */
    private record Written(Opportunity opportunity, boolean fieldsChanged, String fromStage, boolean moved) {
    }

    /**
     * Loads, checks and changes one opportunity in one transaction: either every part of the change is
     * saved or, when any check refuses, nothing. Audits after the commit, one entry per kind of change.
     */
    private Opportunity write(UserContext caller, long opportunityId, Change change) {
        Written written = store.jpa().inTransaction(em -> {
            OpportunityEntity o = guard.changeable(em, OpportunityEntity.class, caller, CrmPermissions.OPPORTUNITY_VIEW,
                    CrmPermissions.OPPORTUNITY_EDIT, opportunityId, KIND);
            if (change.expectedUpdatedAt() != null) {
                // the row stays locked until the commit, so that no other write slips in between check and write
                em.refresh(o, LockModeType.PESSIMISTIC_WRITE);
                if (!sameMoment(o.getUpdatedAt(), change.expectedUpdatedAt())) {
                    throw new ValidationException("", texts.get(caller.locale(), "validation.stale"));
                }
            }
            boolean moves = change.moves(o);
            PipelineStage target = moves ? stage(em, caller, change.stageCode()) : null;
            OpportunityDraft draft = change.draft();
            if (draft != null && o.getStatus() != OpportunityStatus.OPEN
                    && (target == null || target.kind() != StageKind.OPEN)) {
                throw new ValidationException("", texts.get(caller.locale(), "opportunity.closed"));
            }
            if (draft != null && draft.customerId() != o.getCustomerId()) {
                customers.visible(em, caller, CrmPermissions.CUSTOMER_VIEW, draft.customerId());
            }
            Fields fields = new Fields(texts, caller.locale());
            Clean clean = draft == null ? null : validate(draft, fields);
            String reason = moves ? checkReason(target, change.reason(), fields) : null;
            fields.check();
            Instant now = Instant.now();
            String from = o.getStageCode();
            if (clean != null) {
                o.setCustomerId(draft.customerId());
                applyFields(o, clean);
                replaceCompetitors(em, opportunityId, clean.competitors());
            }
            if (moves) {
                applyMove(em, o, target, reason, now);
            }
            if (clean != null || moves) {
                o.setUpdatedAt(now);
                em.flush();
            }
            return new Written(toDto(em, o), clean != null, from, moves);
        });
        Opportunity saved = written.opportunity();
        if (written.fieldsChanged()) {
            audit.record(caller, "crm.opportunity.update", TARGET, String.valueOf(opportunityId),
                    saved.name() + " " + saved.amount());
        }
        if (written.moved()) {
            audit.record(caller, "crm.opportunity.stage", TARGET, String.valueOf(opportunityId),
                    written.fromStage() + " -> " + saved.stageCode()
                            + (saved.winLossReason() == null ? "" : ": " + saved.winLossReason()));
        }
        return saved;
    }

    /**
     * The same change time to the microsecond: the JVM's clock gives nanoseconds, which Derby keeps and
     * PostgreSQL rounds to microseconds, so a time a write returned and the one read back later differ by
     * less than one. Two writes of one row are always further apart than that.
     */
    private static boolean sameMoment(Instant stored, Instant expected) {
        return stored != null && Math.abs(ChronoUnit.NANOS.between(expected, stored)) < 1_000;
    }

    /** @return the trimmed reason; records an error when a closing stage has none */
    private static String checkReason(PipelineStage target, String reason, Fields fields) {
        String clean = fields.text("reason", reason, 500, false);
        if (target.kind() != StageKind.OPEN && clean == null) {
            fields.error("reason", "opportunity.reason.required");
        }
        return clean;
    }

    /** Moves to the stage: closes on won or lost (with the reason), reopens on an open stage. */
    private void applyMove(EntityManager em, OpportunityEntity o, PipelineStage target, String reason, Instant now) {
        o.setStageCode(target.code());
        switch (target.kind()) {
            case OPEN -> {
                o.setStatus(OpportunityStatus.OPEN);
                o.setClosedAt(null);
                o.setWinLossReason(null);
                o.setReachedOrder(Math.max(o.getReachedOrder(), target.order()));
            }
            case WON -> {
                o.setStatus(OpportunityStatus.WON);
                o.setClosedAt(now);
                o.setWinLossReason(reason);
                o.setReachedOrder(Math.max(o.getReachedOrder(), target.order()));
                customers.promote(em, o.getCustomerId(), LifecycleStage.DEAL);
            }
            case LOST -> {
                o.setStatus(OpportunityStatus.LOST);
                o.setClosedAt(now);
                o.setWinLossReason(reason);
            }
        }
    }

    @Override
    public Opportunity assign(UserContext caller, long opportunityId, Owner newOwner) {
        Opportunity result = store.jpa().inTransaction(em -> {
            OpportunityEntity o = guard.changeable(em, OpportunityEntity.class, caller, CrmPermissions.OPPORTUNITY_VIEW,
                    CrmPermissions.OPPORTUNITY_ASSIGN, opportunityId, KIND);
            guard.checkRecord(caller, CrmPermissions.OPPORTUNITY_ASSIGN, newOwner.unitId(), newOwner.userId());
            o.setOwnerUserId(newOwner.userId());
            o.setOwnerUnitId(newOwner.unitId());
            o.setUpdatedAt(Instant.now());
            em.flush();
            return toDto(em, o);
        });
        audit.record(caller, "crm.opportunity.assign", TARGET, String.valueOf(opportunityId),
                "owner " + newOwner.userId() + " unit " + newOwner.unitId());
        return result;
    }

    @Override
    public void delete(UserContext caller, long opportunityId) {
        String name = store.jpa().inTransaction(em -> {
            OpportunityEntity o = guard.changeable(em, OpportunityEntity.class, caller, CrmPermissions.OPPORTUNITY_VIEW,
                    CrmPermissions.OPPORTUNITY_DELETE, opportunityId, KIND);
            em.createQuery("UPDATE ActivityEntity a SET a.opportunityId = NULL WHERE a.opportunityId = :o")
                    .setParameter("o", opportunityId).executeUpdate();
            em.createQuery("DELETE FROM CompetitorEntity c WHERE c.opportunityId = :o").setParameter("o", opportunityId)
                    .executeUpdate();
            em.remove(o);
            return o.getName();
        });
        audit.record(caller, "crm.opportunity.delete", TARGET, String.valueOf(opportunityId), name);
    }

    // ---------------------------------------------------------------- funnel

    @Override
    public FunnelReport funnel(UserContext caller, FunnelQuery query) {
        ScopeFilter scope = guard.scope(caller, CrmPermissions.OPPORTUNITY_VIEW);
        Where where = new Where().inScope(scope, "o.ownerUnitId IN :scopeUnits", "o.ownerUserId");
        if (query.closeFrom() != null) {
            where.and("o.expectedClose >= :closeFrom", "closeFrom", query.closeFrom());
        }
        if (query.closeTo() != null) {
            where.and("o.expectedClose <= :closeTo", "closeTo", query.closeTo());
        }
        if (query.ownerUnitId() != null) {
            where.and("o.ownerUnitId IN :ownerUnits", "ownerUnits", org.subtreeIds(query.ownerUnitId()));
        }
        FunnelGrouping grouping = query.grouping() == null ? FunnelGrouping.NONE : query.grouping();
        String key = switch (grouping) {
            case NONE -> null;
            case OWNER -> "o.ownerUserId";
            case DEPARTMENT, SUBSIDIARY -> "o.ownerUnitId";
        };
        Map<Long, FunnelTally> tallies = store.jpa().read(em -> FunnelAggregates.tally(em, where, key));
        if (grouping == FunnelGrouping.SUBSIDIARY) {
            Map<Long, FunnelTally> companies = new LinkedHashMap<>();
            tallies.forEach((unit, tally) -> companies.computeIfAbsent(org.companyOf(unit).id(),
                    c -> new FunnelTally()).addAll(tally));
            tallies = companies;
        }
        FunnelCalculator calculator = new FunnelCalculator(stages());
        FunnelTally all = new FunnelTally();
        tallies.values().forEach(all::addAll);
        FunnelGroup total = calculator.compute(null, null, all, caller.locale());
        List<FunnelGroup> groups = new ArrayList<>();
        if (grouping != FunnelGrouping.NONE) {
            tallies.forEach((id, tally) -> groups.add(calculator.compute(id, groupName(grouping, id), tally,
                    caller.locale())));
        }
        groups.sort(Comparator.comparing(FunnelGroup::groupName, Comparator.nullsLast(Comparator.naturalOrder())));
        return new FunnelReport(query, total, groups);
    }

    private String groupName(FunnelGrouping grouping, long id) {
        if (grouping == FunnelGrouping.OWNER) {
            return users.summary(id).map(UserSummary::displayName).orElse("#" + id);
        }
        return org.unit(id).map(OrgUnit::name).orElse("#" + id);
    }

    // ---------------------------------------------------------------- mapping

    private Opportunity toDto(EntityManager em, OpportunityEntity o) {
        return toDtos(em, List.of(o)).get(0);
    }

    private List<Opportunity> toDtos(EntityManager em, List<OpportunityEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> probabilities = new HashMap<>();
        loadStages(em).forEach(s -> probabilities.put(s.code(), s.probability()));
        Map<Long, List<Competitor>> competitors = new HashMap<>();
        em.createQuery("SELECT c FROM CompetitorEntity c WHERE c.opportunityId IN :ids ORDER BY c.order",
                CompetitorEntity.class).setParameter("ids", rows.stream().map(OpportunityEntity::getId).toList())
                .getResultList().forEach(c -> competitors.computeIfAbsent(c.getOpportunityId(), k -> new ArrayList<>())
                        .add(c.toCompetitor()));
        return rows.stream().map(o -> new Opportunity(o.getId(), o.getCustomerId(), o.getName(), o.getStageCode(),
                o.getStatus(), probabilities.getOrDefault(o.getStageCode(), 0), o.getAmount(), o.getExpectedClose(),
                competitors.getOrDefault(o.getId(), List.of()), o.getWinLossReason(), o.getOwnerUserId(),
                o.getOwnerUnitId(), o.getClosedAt(), o.getCreatedAt(), o.getUpdatedAt())).toList();
    }
}
