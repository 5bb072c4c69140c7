package org.atrium.platform.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.audit.AuditEntry;
import org.atrium.platform.api.audit.AuditQuery;
import org.atrium.platform.api.PageRequest;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthResult.Status;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.identity.UserDraft;
import org.atrium.platform.api.identity.UserService.CreatedUser;
import org.atrium.platform.api.org.OrgUnitType;
import org.atrium.platform.api.org.Post;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** First start, sign-in, lockout, password changes and user administration on a real database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IdentityTests {

    private final String database;
    Path dataDir;
    TestDb db;
    TestPlatform p;
    String adminPassword;

    IdentityTests(String database) {
        this.database = database;
    }

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        dataDir = dir;
        db = TestDb.create(database);
        p = new TestPlatform(db, dataDir);
        adminPassword = Files.readString(p.passwordFile.path()).trim();
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void firstStartCreatesAnAdminWithAOneTimePasswordInAnOwnerOnlyFileAndOnTheConsole() throws Exception {
        assertThat(adminPassword).hasSize(16).matches(".*[0-9].*").matches(".*[A-Za-z].*");
        assertThat(p.firstStartConsole).contains(adminPassword).contains("admin");
        assertThat(Files.getPosixFilePermissions(p.passwordFile.path()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuthResult result = p.auth.authenticate("admin", adminPassword.toCharArray(), null);
        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.mustChangePassword()).isTrue();
        assertThat(p.org.root().name()).isEqualTo("Atrium 集团");
        assertThat(p.roles.rolesOf(result.user().userId())).singleElement()
                .satisfies(r -> assertThat(r.grants()).hasSize(8));
    }

    @Test
    void firstStartNeverRunsAgainOnceUsersExist() throws Exception {
        String printed = p.firstStart();

        assertThat(printed).isEmpty();
        assertThat(Files.readString(p.passwordFile.path()).trim()).isEqualTo(adminPassword);
        assertThat(count("SELECT COUNT(u) FROM UserEntity u WHERE u.login = 'admin'")).isEqualTo(1);
    }

    @Test
    void signInOutcomes() {
        UserContext admin = p.admin();
        long unit = p.org.createUnit(admin, p.org.root().id(), "SIGNIN", "登录测试部", OrgUnitType.DEPARTMENT).id();
        CreatedUser created = p.users.create(admin, draft("lihua", unit));
        String otp = created.oneTimePassword();

        assertThat(p.auth.authenticate("LiHua ", otp.toCharArray(), "10.0.0.1").status()).isEqualTo(Status.SUCCESS);
        assertThat(p.auth.authenticate("lihua", "wrong-password1".toCharArray(), null).status())
                .isEqualTo(Status.INVALID_CREDENTIALS);
        assertThat(p.auth.authenticate("nobody", otp.toCharArray(), null).status()).isEqualTo(Status.INVALID_CREDENTIALS);

        p.users.setEnabled(admin, created.user().id(), false);
        assertThat(p.auth.authenticate("lihua", otp.toCharArray(), null).status()).isEqualTo(Status.DISABLED);
        p.users.setEnabled(admin, created.user().id(), true);

        List<AuditEntry> log = p.audit.search(admin, new AuditQuery("lihua", "login.", null, null), PageRequest.first(50));
        assertThat(log).extracting(AuditEntry::action).contains("login.success", "login.failed");
        assertThat(log).filteredOn(e -> e.action().equals("login.success"))
                .extracting(AuditEntry::remoteAddress).containsExactly("10.0.0.1");
    }

    @Test
    void repeatedFailuresLockTheAccountForTheConfiguredTime() {
        UserContext admin = p.admin();
        CreatedUser created = p.users.create(admin, draft("locked.user", p.org.root().id()));
        char[] wrong = "not-the-password1".toCharArray();
        for (int i = 0; i < 4; i++) {
            assertThat(p.auth.authenticate("locked.user", wrong.clone(), null).status())
                    .isEqualTo(Status.INVALID_CREDENTIALS);
        }
        AuthResult fifth = p.auth.authenticate("locked.user", wrong.clone(), null);
        assertThat(fifth.status()).isEqualTo(Status.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(p.clock.instant().plus(Duration.ofMinutes(15)));

        // even the right password is refused while locked
        assertThat(p.auth.authenticate("locked.user", created.oneTimePassword().toCharArray(), null).status())
                .isEqualTo(Status.LOCKED);
        p.clock.advance(Duration.ofMinutes(16));
        assertThat(p.auth.authenticate("locked.user", created.oneTimePassword().toCharArray(), null).status())
                .isEqualTo(Status.SUCCESS);
        assertThat(p.audit.search(admin, new AuditQuery("locked.user", "login.locked", null, null),
                PageRequest.first(5))).hasSize(1);
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndThePolicyAndClearsTheArrays() {
        UserContext admin = p.admin();
        CreatedUser created = p.users.create(admin, draft("wangfang", p.org.root().id()));
        UserContext user = p.signIn("wangfang", created.oneTimePassword());

        assertThatThrownBy(() -> p.auth.changePassword(user, "wrong".toCharArray(), "Abcdefgh12".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors()).containsKey("current"));
        assertThatThrownBy(() -> p.auth.changePassword(user, created.oneTimePassword().toCharArray(),
                "short1".toCharArray()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors()).containsKey("password"));

        char[] current = created.oneTimePassword().toCharArray();
        char[] next = "Huaxia2024pass".toCharArray();
        p.auth.changePassword(user, current, next);

        assertThat(new String(current)).isEqualTo("\0".repeat(current.length));
        assertThat(new String(next)).isEqualTo("\0".repeat(next.length));
        AuthResult result = p.auth.authenticate("wangfang", "Huaxia2024pass".toCharArray(), null);
        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.mustChangePassword()).isFalse();
    }

    @Test
    void aStrongerHasherUpgradesTheStoredHashAtSignIn() {
        UserContext admin = p.admin();
        CreatedUser created = p.users.create(admin, draft("upgrade.me", p.org.root().id()));
        TestPlatform stronger = new TestPlatform(db, dataDir, TestPlatform.TEST_ITERATIONS * 2);

        assertThat(stronger.auth.authenticate("upgrade.me", created.oneTimePassword().toCharArray(), null).status())
                .isEqualTo(Status.SUCCESS);

        assertThat(count("SELECT u.passwordIterations FROM UserEntity u WHERE u.login = 'upgrade.me'"))
                .isEqualTo(TestPlatform.TEST_ITERATIONS * 2);
        assertThat(p.auth.authenticate("upgrade.me", created.oneTimePassword().toCharArray(), null).status())
                .isEqualTo(Status.SUCCESS);
    }

    @Test
    void resetPasswordClearsTheLockoutAndForcesAChange() {
        UserContext admin = p.admin();
        CreatedUser created = p.users.create(admin, draft("reset.me", p.org.root().id()));
        for (int i = 0; i < 5; i++) {
            p.auth.authenticate("reset.me", "bad-password-1".toCharArray(), null);
        }
        String otp = p.users.resetPassword(admin, created.user().id());

        AuthResult result = p.auth.authenticate("reset.me", otp.toCharArray(), null);
        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.mustChangePassword()).isTrue();
        assertThat(p.users.detail(admin, created.user().id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void userDraftsAreValidatedFieldByFieldInTheCallersLanguage() {
        UserContext admin = p.admin();
        UserDraft bad = new UserDraft("x", " ", "not-an-email", "12345", List.of(), List.of(), "fr");

        assertThatThrownBy(() -> p.users.create(admin, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors())
                        .containsOnlyKeys("login", "displayName", "email", "mobile", "posts", "locale")
                        .containsEntry("mobile", "Please enter an 11-digit mobile number starting with 1."));
        assertThatThrownBy(() -> p.users.create(admin.withLocale(Locale.SIMPLIFIED_CHINESE), bad))
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors())
                        .containsEntry("mobile", "请输入以 1 开头的 11 位手机号码。"));
        p.users.create(admin, draft("taken", p.org.root().id()));
        assertThatThrownBy(() -> p.users.create(admin, draft("TAKEN", p.org.root().id())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("taken");
    }

    @Test
    void aUserWithoutPermissionsCanDoNothingAdministrative() {
        UserContext admin = p.admin();
        CreatedUser created = p.users.create(admin, draft("plain.user", p.org.root().id()));
        UserContext plain = p.contextOf("plain.user");

        assertThatThrownBy(() -> p.users.create(plain, draft("another", p.org.root().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.users.resetPassword(plain, created.user().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.roles.create(plain, "X", "x", null, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.audit.count(plain, new AuditQuery(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.users.countDirectory(plain, org.atrium.platform.api.identity.UserQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.users.search(plain, org.atrium.platform.api.identity.UserQuery.all(),
                PageRequest.first(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.users.count(plain, org.atrium.platform.api.identity.UserQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.notices.manageable(plain, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.notices.countManageable(plain)).isInstanceOf(AccessDeniedException.class);
        assertThat(p.notices.count(plain)).isZero();
    }

    @Test
    @Order(Integer.MAX_VALUE) // changes the admin's password, which the other tests read from the file
    void theInitialPasswordFileIsDeletedWhenTheAdminChoosesAPassword() {
        UserContext admin = p.signIn("admin", adminPassword);
        p.auth.changePassword(admin, adminPassword.toCharArray(), "NewAdmin2024x".toCharArray());

        assertThat(p.passwordFile.path()).doesNotExist();
        adminPassword = "NewAdmin2024x";
        assertThat(p.signIn("admin", adminPassword)).isNotNull();
    }

    @Test
    void theAuditLogIsSearchableByTextActionAndTime() {
        UserContext admin = p.admin();
        java.time.Instant now = java.time.Instant.now();
        p.audit.record(admin, "test.thing.done", "test.thing", "42", "做了一件 100% 测试_事情");

        assertThat(p.audit.search(admin, new AuditQuery("100% 测试_", "test.", now.minusSeconds(3600),
                now.plusSeconds(3600)), PageRequest.first(10))).singleElement()
                .satisfies(e -> assertThat(e.targetId()).isEqualTo("42"));
        assertThat(p.audit.count(admin, new AuditQuery(null, "test.thing", now.plusSeconds(3600), null))).isZero();
        assertThat(p.audit.count(admin, new AuditQuery("100%_", null, null, null))).isZero();
    }

    @Test
    void declaredPermissionsFollowTheProvidersThatComeAndGo() {
        org.atrium.platform.api.security.PermissionProvider crm = new org.atrium.platform.api.security.PermissionProvider() {
            @Override
            public String groupId() {
                return "crm";
            }

            @Override
            public String groupLabel(Locale locale) {
                return "客户关系";
            }

            @Override
            public List<org.atrium.platform.api.security.PermissionDeclaration> permissions() {
                return List.of(new org.atrium.platform.api.security.PermissionDeclaration("crm.customer.view", "crm",
                        l -> "客户", true));
            }
        };
        p.roles.addProvider(crm);
        assertThat(p.roles.declaredPermissions()).extracting(d -> d.id())
                .startsWith("platform.admin").endsWith("crm.customer.view").hasSize(9);
        assertThat(p.roles.declaredPermissions().get(0).label().apply(Locale.ENGLISH)).isEqualTo("Open the administration");
        assertThat(p.roles.declaredPermissions().get(0).label().apply(Locale.SIMPLIFIED_CHINESE)).isEqualTo("进入系统管理");

        p.roles.removeProvider(crm);
        assertThat(p.roles.declaredPermissions()).extracting(d -> d.id()).doesNotContain("crm.customer.view").hasSize(8);
    }

    static UserDraft draft(String login, long unitId) {
        return new UserDraft(login, "测试 " + login, login + "@example.com", "13800000000",
                List.of(new Post(unitId, null, true)), List.of(), "zh-CN");
    }

    private long count(String jpql) {
        return p.store.jpa().read(em -> ((Number) em.createQuery(jpql).getSingleResult()).longValue());
    }

    @SuppressWarnings("unused")
    private UserEntity user(String login) {
        return p.store.jpa().read(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.login = :l", UserEntity.class)
                .setParameter("l", login).getSingleResult());
    }
}
