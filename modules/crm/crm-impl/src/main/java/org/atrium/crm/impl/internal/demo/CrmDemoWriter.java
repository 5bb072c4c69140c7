package org.atrium.crm.impl.internal.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.atrium.crm.api.activity.ActivityType;
import org.atrium.crm.api.contact.DecisionRole;
import org.atrium.crm.api.customer.CustomerType;
import org.atrium.crm.api.customer.LifecycleStage;
import org.atrium.crm.api.lead.LeadStatus;
import org.atrium.crm.api.lead.SourceChannel;
import org.atrium.crm.api.opportunity.Competitor;
import org.atrium.crm.api.opportunity.OpportunityStatus;
import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;
import org.atrium.crm.impl.internal.demo.DemoNames.Company;
import org.atrium.crm.impl.internal.demo.DemoNames.Region;
import org.atrium.crm.impl.internal.keyaccount.TierRules;
import org.atrium.crm.impl.internal.match.NameKeys;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.crm.impl.internal.customer.CustomerSearchKeys;
import org.atrium.crm.impl.internal.persistence.ActivityEntity;
import org.atrium.crm.impl.internal.persistence.CompetitorEntity;
import org.atrium.crm.impl.internal.persistence.ContactEntity;
import org.atrium.crm.impl.internal.persistence.CustomerEntity;
import org.atrium.crm.impl.internal.persistence.LeadEntity;
import org.atrium.crm.impl.internal.persistence.OpportunityEntity;

/**
 * Writes the CRM demo data of the demo group into one transaction's entity manager: customers with
 * contacts, opportunities in every pipeline stage, twelve months of activities, and leads (some
 * overdue). Everything is drawn from one seeded {@link Random}; dates are relative to {@code now}.
 * A few customers have had no follow-up for months (public-pool candidates) and a few already sit
 * in their subsidiary's pool (owner {@code 0}).
 */
final class CrmDemoWriter {

    /** What was written. */
    record Counts(int customers, int pooled, int contacts, int leads, int opportunities, int activities) {

        int total() {
            return customers + contacts + leads + opportunities + activities;
        }
    }

    /** Flush and clear the persistence context after about this many rows: change tracking stays cheap. */
    private static final int FLUSH_EVERY = 1000;
    private static final String[] SOURCES = {"展会", "老客户转介绍", "官网咨询", "陌拜开发", "行业协会", "招投标平台"};
    private static final String[] RATINGS = {"AAA", "AA", "A", "BBB", "BB"};
    private static final String[][] TITLES = {{"总经理", "总经办", "DECISION_MAKER"}, {"副总经理", "总经办", "DECISION_MAKER"},
        {"采购经理", "采购部", "PURCHASER"}, {"采购专员", "采购部", "PURCHASER"}, {"技术总监", "技术部", "TECHNICAL_EVALUATOR"},
        {"设备部长", "设备部", "INFLUENCER"}, {"生产经理", "生产部", "USER"}, {"财务经理", "财务部", "INFLUENCER"},
        {"项目经理", "项目部", "USER"}};
    private static final String[] PRODUCTS = {"年度框架采购", "生产线改造项目", "设备维保服务", "仓储物流外包", "信息化系统升级",
        "原材料供应合同", "节能改造项目", "备品备件采购", "新厂区配套项目", "试用订单"};
    private static final String[] COMPETITORS = {"中钢国际", "远大集团", "顺丰供应链", "西门子（中国）", "三一重工", "海尔智家",
        "徐工机械", "京东物流"};
    private static final String[] REASONS_WON = {"价格有优势", "技术方案认可", "交期有保障", "长期合作关系"};
    private static final String[] REASONS_LOST = {"价格偏高", "竞争对手关系更深", "预算取消", "交期无法满足"};
    private static final String[][] SUBJECTS = {
        {"VISIT", "上门", "上门拜访，了解年度需求"}, {"VISIT", "上门", "现场考察生产线"}, {"VISIT", "上门", "拜访采购负责人"},
        {"CALL", "电话", "电话沟通报价细节"}, {"CALL", "电话", "电话回访使用情况"}, {"CALL", "电话", "电话确认交货期"},
        {"EMAIL", "邮件", "发送技术方案"}, {"EMAIL", "邮件", "发送报价单"}, {"EMAIL", "邮件", "发送合同草稿"},
        {"MEETING", "会议室", "方案汇报会"}, {"MEETING", "线上会议", "商务谈判会议"}, {"MEETING", "会议室", "技术交流会"},
        {"OTHER", "微信", "微信沟通需求变化"}, {"OTHER", "微信", "发送产品资料"}};
    private static final String[] NEXT_STEPS = {"发送正式报价", "安排技术交流", "确认合同条款", "回访使用满意度", "催收回款",
        "约见决策人", "提交样品测试报告"};
    private static final String[] LEAD_NEEDS = {"咨询设备报价", "需要物流运输方案", "了解钢材年度供货", "索取产品目录", "希望安排上门演示",
        "询问售后维保服务"};

    private final Random random;
    private final DemoNames names;
    private final Instant now;
    private final LocalDate today;
    private final Pinyin pinyin;
    private final TierRules tiers;
    private final List<PipelineStage> open;
    private final PipelineStage won;
    private final PipelineStage lost;
    private final BiFunction<EntityManager, Integer, List<String>> codes;
    private int pending;
    /** Rows that refer to customers: contacts, opportunities. */
    private final List<Object> children = new ArrayList<>();
    /** Rows that refer to children, built once the children have their ids: activities, competitors. */
    private final List<java.util.function.Supplier<Object>> grandchildren = new ArrayList<>();

    /**
     * @param codes hands out the given number of customer codes inside the entity manager's transaction
     */
    CrmDemoWriter(long seed, Instant now, Pinyin pinyin, List<PipelineStage> stages, TierRules tiers,
            BiFunction<EntityManager, Integer, List<String>> codes) {
        this.random = new Random(seed);
        this.names = new DemoNames(random);
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        this.pinyin = pinyin;
        this.tiers = tiers;
        this.codes = codes;
        this.open = stages.stream().filter(s -> s.kind() == StageKind.OPEN)
                .sorted(Comparator.comparingInt(PipelineStage::order)).toList();
        this.won = stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
        this.lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
    }

    /** Writes {@code customers} customers (spread over the teams) and {@code leads} leads. */
    Counts write(EntityManager em, List<SalesTeam> teams, int customers, int leads) {
        if (customers + leads > DemoNames.capacity()) {
            throw new IllegalArgumentException("at most " + DemoNames.capacity() + " demo companies");
        }
        List<String> customerCodes = codes.apply(em, customers);
        int[] counts = new int[6];
        for (int i = 0; i < customers; i++) {
            int t = i % teams.size();
            customer(em, teams.get(t), regions(teams.get(t), t), customerCodes.get(i), counts);
            flushIfFull(em);
        }
        for (int i = 0; i < leads; i++) {
            int t = i % teams.size();
            lead(em, teams.get(t), regions(teams.get(t), t));
            counts[3]++;
            flushIfFull(em);
        }
        flush(em);
        return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private static Region[] regions(SalesTeam team, int index) {
        String code = team.companyCode().toUpperCase(Locale.ROOT);
        if (code.contains("SOUTH")) {
            return DemoNames.SOUTH;
        }
        if (code.contains("NORTH")) {
            return DemoNames.NORTH;
        }
        if (code.contains("EAST")) {
            return DemoNames.EAST;
        }
        return new Region[][] {DemoNames.EAST, DemoNames.SOUTH, DemoNames.NORTH}[index % 3];
    }

    // ---------------------------------------------------------------- customers

    private void customer(EntityManager em, SalesTeam team, Region[] regions, String code, int[] counts) {
        Company co = names.company(regions);
        SalesTeam.Rep rep = team.reps().get(random.nextInt(team.reps().size()));
        boolean pooled = random.nextInt(100) < 3;
        boolean dormant = pooled || random.nextInt(100) < 6;
        // a power law: a few customers carry most of the revenue (the 80/20 of the key-account report)
        double size = Math.pow(random.nextDouble(), 4);
        Instant created = dormant ? daysAgo(200 + random.nextInt(520)) : daysAgo(15 + random.nextInt(700));

        CustomerEntity c = new CustomerEntity();
        c.setCode(code);
        c.rename(co.name(), NameKeys.of(co.name(), pinyin));
        c.setShortName(co.shortName());
        c.setCreditCode(random.nextInt(10) < 9 ? names.creditCode(co.division()) : null);
        c.setIndustry(co.industry());
        c.setProvince(co.province());
        c.setCity(co.city());
        c.setType(random.nextInt(100) < 85 ? CustomerType.ENTERPRISE : CustomerType.DISTRIBUTOR);
        c.setSource(SOURCES[random.nextInt(SOURCES.length)]);
        c.setCreditRating(RATINGS[random.nextInt(RATINGS.length)]);
        c.created(pooled ? 0 : rep.userId(), pooled ? team.companyId() : rep.unitId(), created);
        c.setOwnedSince(pooled ? null : created);
        c.setLifecycle(LifecycleStage.IDENTIFYING);
        persist(em, c);
        CustomerSearchKeys.insert(em, c);
        counts[0]++;
        if (pooled) {
            counts[1]++;
        }

        List<ContactEntity> contacts = new ArrayList<>();
        int contactCount = 1 + random.nextInt(3);
        for (int k = 0; k < contactCount; k++) {
            contacts.add(contact(c, rep, created));
            counts[2]++;
        }
        List<OpportunityEntity> opportunities = new ArrayList<>();
        BigDecimal wonLastYear = BigDecimal.ZERO;
        boolean anyOpen = false;
        boolean anyWon = false;
        int opportunityCount = random.nextInt(100) < 35 ? 0 : 1 + (random.nextInt(100) < 30 ? 1 : 0);
        for (int k = 0; k < opportunityCount; k++) {
            OpportunityEntity o = opportunity(c, co, rep, created, size, dormant);
            opportunities.add(o);
            counts[4]++;
            anyOpen |= o.getStatus() == OpportunityStatus.OPEN;
            if (o.getStatus() == OpportunityStatus.WON) {
                anyWon = true;
                if (o.getClosedAt().isAfter(daysAgo(365))) {
                    wonLastYear = wonLastYear.add(o.getAmount());
                }
            }
        }
        c.setLifecycle(lifecycle(anyWon, anyOpen, opportunityCount > 0));
        c.setTier(tiers.tierOf(wonLastYear));

        Instant last = activities(c, rep, created, dormant, contacts, opportunities, counts);
        c.setLastActivityAt(last);
        c.setPoolSince(pooled ? (last == null ? created : last).plus(Duration.ofDays(90)) : null);
    }

    private LifecycleStage lifecycle(boolean anyWon, boolean anyOpen, boolean anyOpportunity) {
        if (random.nextInt(100) < 4) {
            return LifecycleStage.LOST;
        }
        if (anyWon) {
            return random.nextInt(100) < 15 ? LifecycleStage.ORDER : LifecycleStage.DEAL;
        }
        if (anyOpen) {
            return LifecycleStage.OPPORTUNITY;
        }
        return anyOpportunity || random.nextBoolean() ? LifecycleStage.PROSPECT : LifecycleStage.IDENTIFYING;
    }

    private ContactEntity contact(CustomerEntity c, SalesTeam.Rep rep, Instant created) {
        String[] title = TITLES[random.nextInt(TITLES.length)];
        String name = names.person();
        ContactEntity k = new ContactEntity();
        k.setCustomerId(c.getId());
        k.setName(name);
        k.setNameLower(name.toLowerCase(Locale.ROOT));
        k.setPinyinInitials(pinyin.initials(name));
        k.setTitle(title[0]);
        k.setDepartment(title[1]);
        k.setDecisionRole(DecisionRole.valueOf(title[2]));
        k.setMobile(names.mobile());
        if (random.nextInt(3) == 0) {
            k.setEmail(pinyin.full(name) + "@" + pinyin.initials(c.getShortName()) + ".example.cn");
        }
        k.setRelationship(1 + random.nextInt(5));
        k.created(rep.userId(), rep.unitId(), created.plus(Duration.ofHours(random.nextInt(72))));
        children.add(k);
        return k;
    }

    private OpportunityEntity opportunity(CustomerEntity c, Company co, SalesTeam.Rep rep,
            Instant customerCreated, double size, boolean dormant) {
        OpportunityEntity o = new OpportunityEntity();
        o.setCustomerId(c.getId());
        o.setName(co.shortName() + PRODUCTS[random.nextInt(PRODUCTS.length)]);
        long amount = 20_000 + Math.round(size * 6_000_000 * (0.5 + random.nextDouble()));
        o.setAmount(BigDecimal.valueOf(amount / 100 * 100).setScale(2));
        Instant created = later(customerCreated, dormant ? daysAgo(100) : now);
        o.created(rep.userId(), rep.unitId(), created);
        int roll = random.nextInt(100);
        if (roll < 30 || dormant && roll < 60) {
            boolean isWon = roll % 2 == 0 || dormant;
            PipelineStage stage = isWon ? won : lost;
            Instant closed = later(created, dormant ? daysAgo(100) : now);
            o.setStageCode(stage.code());
            o.setStatus(isWon ? OpportunityStatus.WON : OpportunityStatus.LOST);
            o.setReachedOrder(isWon ? won.order() : open.get(random.nextInt(open.size())).order());
            o.setClosedAt(closed);
            o.setExpectedClose(LocalDate.ofInstant(closed, ZoneId.systemDefault()).plusDays(random.nextInt(30) - 15));
            o.setWinLossReason(isWon ? REASONS_WON[random.nextInt(REASONS_WON.length)]
                    : REASONS_LOST[random.nextInt(REASONS_LOST.length)]);
        } else {
            PipelineStage stage = open.get(random.nextInt(open.size()));
            o.setStageCode(stage.code());
            o.setStatus(OpportunityStatus.OPEN);
            o.setReachedOrder(stage.order());
            // some expected close dates have already passed: deals that slipped
            o.setExpectedClose(today.plusDays(random.nextInt(200) - 20));
        }
        o.setUpdatedAt(o.getClosedAt() != null ? o.getClosedAt() : created);
        children.add(o);
        if (random.nextInt(100) < 40) {
            String rival = COMPETITORS[random.nextInt(COMPETITORS.length)];
            BigDecimal offer = o.getAmount().multiply(BigDecimal.valueOf(85 + random.nextInt(25)))
                    .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
            grandchildren.add(() -> new CompetitorEntity(o.getId(), 1,
                    new Competitor(rival, offer, "品牌知名度高", "交期长、服务响应慢")));
        }
        return o;
    }

    /** @return when the latest activity took place, or {@code null} for none */
    private Instant activities(CustomerEntity c, SalesTeam.Rep rep, Instant created, boolean dormant,
            List<ContactEntity> contacts, List<OpportunityEntity> opportunities, int[] counts) {
        int count = dormant ? 1 + random.nextInt(3) : 2 + random.nextInt(13);
        Instant yearAgo = now.minus(Duration.ofDays(365));
        Instant from = created.isAfter(yearAgo) ? created : yearAgo;
        Instant to = dormant ? daysAgo(100) : now.minus(Duration.ofHours(1));
        if (!from.isBefore(to)) {
            return null;
        }
        List<Instant> times = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            times.add(between(from, to));
        }
        times.sort(Comparator.naturalOrder());
        for (int k = 0; k < times.size(); k++) {
            String[] s = SUBJECTS[random.nextInt(SUBJECTS.length)];
            ActivityEntity a = new ActivityEntity();
            a.setType(ActivityType.valueOf(s[0]));
            a.setChannel(s[1]);
            a.setSubject(s[2]);
            a.setContent(random.nextInt(3) == 0 ? "客户反馈积极，" + NEXT_STEPS[random.nextInt(NEXT_STEPS.length)] + "。" : null);
            a.setOccurredAt(times.get(k));
            a.setCustomerId(c.getId());
            ContactEntity contact = contacts.get(random.nextInt(contacts.size()));
            OpportunityEntity opportunity = opportunities.isEmpty() || random.nextBoolean() ? null
                    : opportunities.get(random.nextInt(opportunities.size()));
            boolean latest = k == times.size() - 1;
            if (latest && !dormant && random.nextInt(100) < 45 || !latest && random.nextInt(100) < 20) {
                a.setNextStep(NEXT_STEPS[random.nextInt(NEXT_STEPS.length)]);
                a.setNextStepDate(latest ? today.plusDays(random.nextInt(20) - 5)
                        : LocalDate.ofInstant(times.get(k), ZoneId.systemDefault()).plusDays(3));
                a.setNextStepDone(!latest);
            }
            a.created(rep.userId(), rep.unitId(), times.get(k));
            grandchildren.add(() -> {
                a.setContactId(contact.getId());
                a.setOpportunityId(opportunity == null ? null : opportunity.getId());
                return a;
            });
            counts[5]++;
        }
        return times.isEmpty() ? null : times.get(times.size() - 1);
    }

    // ---------------------------------------------------------------- leads

    private void lead(EntityManager em, SalesTeam team, Region[] regions) {
        Company co = names.company(regions);
        SalesTeam.Rep rep = team.reps().get(random.nextInt(team.reps().size()));
        LeadEntity l = new LeadEntity();
        l.setCompanyName(co.name());
        l.setContactName(names.person());
        l.setMobile(names.mobile());
        l.setProvince(co.province());
        l.setCity(co.city());
        l.setIndustry(co.industry());
        SourceChannel[] channels = SourceChannel.values();
        l.setChannel(channels[random.nextInt(channels.length)]);
        l.setDescription(LEAD_NEEDS[random.nextInt(LEAD_NEEDS.length)]);
        int roll = random.nextInt(100);
        Instant created;
        if (roll < 20) {
            // new and overdue (逾期线索)
            l.setStatus(LeadStatus.NEW);
            created = daysAgo(3 + random.nextInt(20));
        } else if (roll < 40) {
            l.setStatus(LeadStatus.NEW);
            created = now.minus(Duration.ofMinutes(30 + random.nextInt(600)));
        } else if (roll < 80) {
            l.setStatus(LeadStatus.FOLLOWING);
            created = daysAgo(2 + random.nextInt(90));
        } else {
            l.setStatus(LeadStatus.DISQUALIFIED);
            l.setDisqualifyReason("需求不明确");
            created = daysAgo(10 + random.nextInt(120));
        }
        l.setFollowUpDeadline(created.plus(Duration.ofHours(24 + random.nextInt(3) * 24)));
        l.created(rep.userId(), rep.unitId(), created);
        persist(em, l);
    }

    // ---------------------------------------------------------------- helpers

    private void persist(EntityManager em, Object entity) {
        em.persist(entity);
        pending++;
    }

    private void flushIfFull(EntityManager em) {
        if (pending + children.size() + grandchildren.size() >= FLUSH_EVERY) {
            flush(em);
        }
    }

    /**
     * Writes the pending rows level by level: EclipseLink does not order inserts of unrelated
     * entities (links are plain ids here), so parents are flushed before the rows that refer to them.
     */
    private void flush(EntityManager em) {
        em.flush();
        children.forEach(em::persist);
        em.flush();
        grandchildren.forEach(g -> em.persist(g.get()));
        em.flush();
        em.clear();
        children.clear();
        grandchildren.clear();
        pending = 0;
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).minus(Duration.ofMinutes(random.nextInt(600)));
    }

    private Instant later(Instant a, Instant b) {
        Instant lo = a.isBefore(b) ? a : b;
        Instant hi = a.isBefore(b) ? b : a;
        return between(lo, hi);
    }

    private Instant between(Instant from, Instant to) {
        long span = Duration.between(from, to).getSeconds();
        return span <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * span));
    }
}
