package org.atrium.platform.core.internal.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.persistence.EntityManager;

import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.security.DataScope;
import org.atrium.platform.api.security.Grant;
import org.atrium.platform.api.security.PlatformPermissions;
import org.atrium.platform.core.internal.persistence.AnnouncementEntity;
import org.atrium.platform.core.internal.persistence.OrgUnitEntity;
import org.atrium.platform.core.internal.persistence.PositionEntity;
import org.atrium.platform.core.internal.persistence.PostEntity;
import org.atrium.platform.core.internal.persistence.RoleEntity;
import org.atrium.platform.core.internal.persistence.RoleGrantEntity;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.atrium.platform.core.internal.persistence.UserRoleEntity;
import org.atrium.platform.core.internal.security.PasswordHasher;

/**
 * Writes the demo group 华夏联合集团 into an empty-but-bootstrapped database: headquarters
 * departments, three subsidiaries with departments and a branch each, about 60 employees, roles
 * showing every data scope, part-time posts and announcements. Everything drawn from one seeded
 * {@link Random}, so a seed always gives the same people in the same places.
 */
final class DemoGroupWriter {

    /** One line of the demo users list. */
    record DemoUser(String login, String name, String unit, String role) {
    }

    private static final String[][] HQ_DEPARTMENTS = {
        {"HQ-CEO", "总裁办"}, {"HQ-FIN", "财务部"}, {"HQ-HR", "人力资源部"}, {"HQ-IT", "信息中心"}, {"HQ-MKT", "市场部"}};
    private static final String[][] SUBSIDIARIES = {
        {"EAST", "华东子公司（上海）", "HZ", "杭州分公司"},
        {"SOUTH", "华南子公司（广州）", "SZ", "深圳分公司"},
        {"NORTH", "华北子公司（北京）", "TJ", "天津分公司"}};
    private static final String[][] SUB_DEPARTMENTS = {
        {"S1", "销售一部", "SALES_REP", "4"}, {"S2", "销售二部", "SALES_REP", "4"},
        {"CS", "客服部", "CS_AGENT", "3"}, {"FIN", "财务部", "FIN_CLERK", "2"}};
    private static final String[][] POSITIONS = {
        {"GM", "总经理"}, {"DEPT_MANAGER", "部门经理"}, {"SALES_REP", "销售代表"}, {"CS_AGENT", "客服专员"},
        {"FIN_CLERK", "财务专员"}, {"HR_CLERK", "HR专员"}, {"IT_ENGINEER", "IT工程师"}, {"MARKETING", "市场专员"},
        {"ASSISTANT", "总裁助理"}};

    private final EntityManager em;
    private final Random random;
    private final DemoNames names;
    private final PasswordHasher.Hash passwordHash;
    private final Map<String, OrgUnitEntity> units = new LinkedHashMap<>();
    private final Map<String, Long> positions = new HashMap<>();
    private final Map<String, RoleEntity> roles = new LinkedHashMap<>();
    private final List<DemoUser> demoUsers = new ArrayList<>();
    private final Map<String, UserEntity> heads = new HashMap<>();

    DemoGroupWriter(EntityManager em, long seed, PasswordHasher.Hash passwordHash) {
        this.em = em;
        this.random = new Random(seed);
        this.names = new DemoNames(random);
        this.passwordHash = passwordHash;
    }

    /** Writes the group; returns the demo users in a stable order. */
    List<DemoUser> write(OrgUnitEntity root) {
        root.setName("华夏联合集团");
        units.put("ROOT", root);
        createPositions();
        createRoles();
        em.flush();
        for (int i = 0; i < HQ_DEPARTMENTS.length; i++) {
            unit(HQ_DEPARTMENTS[i][0], HQ_DEPARTMENTS[i][1], OrgUnitType.DEPARTMENT, root, i + 1);
        }
        for (int i = 0; i < SUBSIDIARIES.length; i++) {
            String[] sub = SUBSIDIARIES[i];
            OrgUnitEntity company = unit(sub[0], sub[1], OrgUnitType.SUBSIDIARY, root, 10 + i);
            for (int d = 0; d < SUB_DEPARTMENTS.length; d++) {
                unit(sub[0] + "-" + SUB_DEPARTMENTS[d][0], SUB_DEPARTMENTS[d][1], OrgUnitType.DEPARTMENT, company, d + 1);
            }
            unit(sub[0] + "-" + sub[2], sub[3], OrgUnitType.BRANCH, company, 10);
        }
        createRoleWithCustomScope();
        staffHeadquarters();
        for (String[] sub : SUBSIDIARIES) {
            staffSubsidiary(sub);
        }
        em.flush();
        addPartTimePosts();
        heads.forEach((code, user) -> units.get(code).setHeadUserId(user.getId()));
        writeAnnouncements();
        return List.copyOf(demoUsers);
    }

    private void createPositions() {
        for (String[] p : POSITIONS) {
            PositionEntity position = new PositionEntity();
            position.setCode(p[0]);
            position.setName(p[1]);
            em.persist(position);
            positions.put(p[0], position.getId());
        }
    }

    private void createRoles() {
        role("GROUP_EXEC", "集团管理层", "全集团数据", List.of(
                Grant.of(PlatformPermissions.DIRECTORY_VIEW, DataScope.GROUP),
                Grant.of(PlatformPermissions.AUDIT_VIEW, DataScope.GROUP),
                Grant.of(PlatformPermissions.NOTICE_MANAGE, DataScope.GROUP)));
        role("SUB_GM", "子公司总经理", "本公司数据，管理本公司用户与组织", List.of(
                Grant.of(PlatformPermissions.ADMIN, DataScope.COMPANY),
                Grant.of(PlatformPermissions.DIRECTORY_VIEW, DataScope.COMPANY),
                Grant.of(PlatformPermissions.USER_MANAGE, DataScope.COMPANY),
                Grant.of(PlatformPermissions.ORG_MANAGE, DataScope.COMPANY),
                Grant.of(PlatformPermissions.AUDIT_VIEW, DataScope.COMPANY),
                Grant.of(PlatformPermissions.NOTICE_MANAGE, DataScope.COMPANY),
                Grant.of(PlatformPermissions.PORTAL_MANAGE, DataScope.COMPANY)));
        role("DEPT_MANAGER", "部门经理", "本部门及以下数据", List.of(
                Grant.of(PlatformPermissions.DIRECTORY_VIEW, DataScope.DEPARTMENT_AND_BELOW)));
        role("DEPT_SUPERVISOR", "部门主管", "本部门数据", List.of(
                Grant.of(PlatformPermissions.DIRECTORY_VIEW, DataScope.DEPARTMENT)));
        role("EMPLOYEE", "普通员工", "本人数据", List.of(
                Grant.of(PlatformPermissions.DIRECTORY_VIEW, DataScope.OWN)));
    }

    private void createRoleWithCustomScope() {
        Set<Long> salesOne = Set.of(units.get("EAST-S1").getId(), units.get("SOUTH-S1").getId(),
                units.get("NORTH-S1").getId());
        role("REGIONAL_SUPERVISOR", "区域督导", "各子公司销售一部（自定义范围）", List.of(
                new Grant(PlatformPermissions.DIRECTORY_VIEW, DataScope.CUSTOM, salesOne)));
    }

    private void role(String code, String name, String description, List<Grant> grants) {
        RoleEntity role = new RoleEntity();
        role.setCode(code);
        role.setName(name);
        role.setDescription(description);
        em.persist(role);
        em.flush();
        grants.forEach(g -> em.persist(new RoleGrantEntity(role.getId(), g)));
        roles.put(code, role);
    }

    private OrgUnitEntity unit(String code, String name, OrgUnitType type, OrgUnitEntity parent, int sort) {
        OrgUnitEntity unit = new OrgUnitEntity();
        unit.setCode(code);
        unit.setName(name);
        unit.setType(type);
        unit.setParentId(parent.getId());
        unit.setSortOrder(sort);
        em.persist(unit);
        // units refer to their parent by id and EclipseLink does not order inserts by that
        em.flush();
        units.put(code, unit);
        return unit;
    }

    private void staffHeadquarters() {
        UserEntity president = employee("HQ-CEO", "GM", "GROUP_EXEC");
        heads.put("ROOT", president);
        heads.put("HQ-CEO", president);
        employee("HQ-CEO", "ASSISTANT", "EMPLOYEE");
        String[][] staff = {{"HQ-FIN", "FIN_CLERK"}, {"HQ-HR", "HR_CLERK"}, {"HQ-IT", "IT_ENGINEER"}, {"HQ-MKT", "MARKETING"}};
        for (String[] dept : staff) {
            heads.put(dept[0], employee(dept[0], "DEPT_MANAGER", "GROUP_EXEC"));
            employee(dept[0], dept[1], "EMPLOYEE");
            employee(dept[0], dept[1], dept[0].equals("HQ-MKT") ? "REGIONAL_SUPERVISOR" : "EMPLOYEE");
        }
    }

    private void staffSubsidiary(String[] sub) {
        heads.put(sub[0], employee(sub[0], "GM", "SUB_GM"));
        for (String[] dept : SUB_DEPARTMENTS) {
            String code = sub[0] + "-" + dept[0];
            heads.put(code, employee(code, "DEPT_MANAGER", "DEPT_MANAGER"));
            int staff = Integer.parseInt(dept[3]) - 1;
            for (int i = 0; i < staff; i++) {
                employee(code, dept[2], i == 0 && dept[0].startsWith("S") ? "DEPT_SUPERVISOR" : "EMPLOYEE");
            }
        }
        String branch = sub[0] + "-" + sub[2];
        heads.put(branch, employee(branch, "GM", "DEPT_MANAGER"));
        employee(branch, "SALES_REP", "EMPLOYEE");
    }

    private UserEntity employee(String unitCode, String position, String roleCode) {
        DemoNames.Person person = names.next();
        OrgUnitEntity unit = units.get(unitCode);
        UserEntity user = new UserEntity();
        user.setLogin(person.login());
        user.setDisplayName(person.name());
        user.setEmail(person.login() + "@huaxia-demo.example");
        user.setMobile("13" + String.format("%09d", random.nextInt(1_000_000_000)));
        user.setPrimaryUnitId(unit.getId());
        user.setPassword(passwordHash.hash(), passwordHash.salt(), passwordHash.iterations());
        // demo accounts are for trying things out: no forced password change
        user.setMustChangePassword(false);
        em.persist(user);
        em.flush();
        em.persist(new PostEntity(user.getId(), unit.getId(), positions.get(position), true));
        em.persist(new UserRoleEntity(user.getId(), roles.get("EMPLOYEE").getId()));
        if (!roleCode.equals("EMPLOYEE")) {
            em.persist(new UserRoleEntity(user.getId(), roles.get(roleCode).getId()));
        }
        demoUsers.add(new DemoUser(person.login(), person.name(), unit.getName(), roles.get(roleCode).getName()));
        return user;
    }

    private void addPartTimePosts() {
        // 兼职: HQ finance manager audits East's finance; East's sales-one manager runs the Hangzhou branch's sales;
        // an HQ IT engineer supports South's customer service
        partTime(heads.get("HQ-FIN"), "EAST-FIN", "FIN_CLERK");
        partTime(heads.get("EAST-S1"), "EAST-HZ", "DEPT_MANAGER");
        UserEntity itEngineer = em.createQuery("SELECT u FROM UserEntity u WHERE u.primaryUnitId = :unit "
                + "AND u.id <> :head ORDER BY u.id", UserEntity.class).setParameter("unit", units.get("HQ-IT").getId())
                .setParameter("head", heads.get("HQ-IT").getId()).setMaxResults(1).getSingleResult();
        partTime(itEngineer, "SOUTH-CS", "CS_AGENT");
    }

    private void partTime(UserEntity user, String unitCode, String position) {
        em.persist(new PostEntity(user.getId(), units.get(unitCode).getId(), positions.get(position), false));
    }

    private void writeAnnouncements() {
        Instant base = LocalDateTime.of(2024, 6, 3, 9, 0).toInstant(ZoneOffset.ofHours(8));
        UserEntity president = heads.get("ROOT");
        notice("ROOT", president, base, "关于召开 2024 年年中经营工作会议的通知",
                "各子公司、各部门：\n集团定于 6 月 28 日在上海召开年中经营工作会议，请各子公司总经理准备上半年经营分析报告。");
        notice("ROOT", heads.get("HQ-HR"), base.plusSeconds(86_400), "端午节放假安排",
                "根据国家规定，端午节放假 3 天（6 月 8 日至 10 日），请各单位做好值班安排。");
        notice("EAST", heads.get("EAST"), base.plusSeconds(2 * 86_400), "华东子公司第二季度销售表彰",
                "销售一部、销售二部第二季度回款率均超过 95%，特此表彰。");
        notice("SOUTH-CS", heads.get("SOUTH-CS"), base.plusSeconds(3 * 86_400), "客服部排班调整",
                "自下周一起客服部实行早晚两班制，具体排班见部门群。");
    }

    private void notice(String unitCode, UserEntity author, Instant at, String title, String body) {
        em.persist(new AnnouncementEntity(units.get(unitCode).getId(), title, body, author.getId(),
                author.getDisplayName(), at));
    }
}
