package org.atrium.platform.core.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.bootstrap.FirstStart;
import org.atrium.platform.core.internal.bootstrap.InitialPasswordFile;
import org.atrium.platform.core.internal.demo.DemoData;
import org.atrium.platform.core.internal.identity.AuthenticationServiceImpl;
import org.atrium.platform.core.internal.identity.SecurityConfig;
import org.atrium.platform.core.internal.identity.UserServiceImpl;
import org.atrium.platform.core.internal.notice.AnnouncementServiceImpl;
import org.atrium.platform.core.internal.org.OrgServiceImpl;
import org.atrium.platform.core.internal.org.OrgTreeCache;
import org.atrium.platform.core.internal.portal.DashboardLayoutServiceImpl;
import org.atrium.platform.core.internal.security.AccessServiceImpl;
import org.atrium.platform.core.internal.security.PasswordHasher;
import org.atrium.platform.core.internal.security.PlatformPermissionProvider;
import org.atrium.platform.core.internal.security.RoleServiceImpl;
import org.atrium.platform.core.internal.security.ScopeResolver;

/**
 * Every component of the bundle wired by hand over a {@link TestDb}, as DS wires them; PBKDF2
 * with 1,000 iterations to keep tests fast.
 */
public final class TestPlatform {

    public static final int TEST_ITERATIONS = 1_000;

    public final TestDb db;
    public final Path dataDir;
    public final MutableClock clock = new MutableClock(Instant.parse("2024-06-03T01:00:00Z"));
    public final PlatformStore store;
    public final PasswordHasher hasher;
    public final OrgTreeCache orgTree;
    public final ScopeResolver resolver;
    public final AccessServiceImpl access;
    public final AuditServiceImpl audit;
    public final InitialPasswordFile passwordFile;
    public final OrgServiceImpl org;
    public final RoleServiceImpl roles;
    public final UserServiceImpl users;
    public final AuthenticationServiceImpl auth;
    public final AnnouncementServiceImpl notices;
    public final DashboardLayoutServiceImpl layouts;
    public final String firstStartConsole;

    public TestPlatform(TestDb db, Path dataDir) {
        this(db, dataDir, TEST_ITERATIONS);
    }

    public TestPlatform(TestDb db, Path dataDir, int iterations) {
        this.db = db;
        this.dataDir = dataDir;
        store = new PlatformStore(db.emf());
        hasher = new PasswordHasher(iterations);
        orgTree = new OrgTreeCache(store);
        resolver = new ScopeResolver(store, orgTree);
        access = new AccessServiceImpl(resolver);
        audit = new AuditServiceImpl(store, access);
        passwordFile = new InitialPasswordFile(dataDir.resolve("atrium/admin-initial-password.txt"), store);
        org = new OrgServiceImpl(store, orgTree, access, audit);
        roles = new RoleServiceImpl(store, access, resolver, orgTree, audit);
        roles.addProvider(new PlatformPermissionProvider());
        users = new UserServiceImpl(store, orgTree, access, resolver, hasher, audit);
        auth = new AuthenticationServiceImpl(store, hasher, audit, passwordFile, securityConfig(5, 15), clock);
        notices = new AnnouncementServiceImpl(store, orgTree, resolver, access, audit);
        layouts = new DashboardLayoutServiceImpl(store, orgTree, access, audit);
        firstStartConsole = firstStart();
    }

    /** Runs the first-start component; returns what it printed. */
    public String firstStart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FirstStart.Config config = mock(FirstStart.Config.class);
        when(config.groupName()).thenReturn("Atrium 集团");
        when(config.groupCode()).thenReturn("GROUP");
        new FirstStart(store, hasher, passwordFile, orgTree, resolver, audit, config,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Loads the demo group with this password and seed. */
    public void loadDemo(String password, long seed) {
        DemoData.Config config = mock(DemoData.Config.class);
        when(config.password()).thenReturn(password);
        when(config.seed()).thenReturn(seed);
        new DemoData(store, hasher, orgTree, resolver, dataDir.resolve("atrium/demo-users.txt"), config);
    }

    /** @return the context of a signed-in user, signing in with the password */
    public UserContext signIn(String login, String password) {
        AuthResult result = auth.authenticate(login, password.toCharArray(), "127.0.0.1");
        if (result.status() != AuthResult.Status.SUCCESS) {
            throw new IllegalStateException(login + ": " + result.status());
        }
        return result.user();
    }

    /** @return a context for a user without signing in (no password needed) */
    public UserContext contextOf(String login) {
        return store.jpa().read(em -> em.createQuery("SELECT u FROM UserEntity u WHERE u.login = :l",
                org.atrium.platform.core.internal.persistence.UserEntity.class).setParameter("l", login)
                .getResultList().stream().findFirst()
                .map(u -> new UserContext(u.getId(), u.getLogin(), u.getDisplayName(), u.getPrimaryUnitId(),
                        Messages.supportedLocale(u.getLocale())))
                .orElseThrow(() -> new IllegalArgumentException("no user " + login)));
    }

    public UserContext admin() {
        return contextOf(FirstStart.ADMIN_LOGIN).withLocale(Locale.ENGLISH);
    }

    /** @return the id of the unit with this code */
    public long unitId(String code) {
        return org.all().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    public static SecurityConfig securityConfig(int maxFailures, int lockoutMinutes) {
        SecurityConfig config = mock(SecurityConfig.class);
        when(config.maxFailedLogins()).thenReturn(maxFailures);
        when(config.lockoutMinutes()).thenReturn(lockoutMinutes);
        return config;
    }

    /** A clock tests move forward. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
