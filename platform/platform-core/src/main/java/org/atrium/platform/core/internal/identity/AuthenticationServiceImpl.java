package org.atrium.platform.core.internal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.i18n.Messages;
import org.atrium.platform.api.identity.AuthResult;
import org.atrium.platform.api.identity.AuthResult.Status;
import org.atrium.platform.api.identity.AuthenticationService;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.core.internal.PlatformStore;
import org.atrium.platform.core.internal.Texts;
import org.atrium.platform.core.internal.audit.AuditServiceImpl;
import org.atrium.platform.core.internal.bootstrap.InitialPasswordFile;
import org.atrium.platform.core.internal.persistence.UserEntity;
import org.atrium.platform.core.internal.security.PasswordHasher;
import org.atrium.platform.core.internal.security.PasswordPolicy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Sign-in with lockout after repeated failures, password changes under the password policy.
 * Unknown logins cost as much time as wrong passwords and get the same answer.
 */
@Component(service = AuthenticationService.class, configurationPid = "org.atrium.platform.security")
@Designate(ocd = SecurityConfig.class)
public final class AuthenticationServiceImpl implements AuthenticationService {

    private final PlatformStore store;
    private final PasswordHasher hasher;
    private final AuditServiceImpl audit;
    private final InitialPasswordFile initialPassword;
    private final Clock clock;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Texts texts = new Texts();
    private volatile SecurityConfig config;

    @Activate
    public AuthenticationServiceImpl(@Reference PlatformStore store, @Reference PasswordHasher hasher,
            @Reference AuditServiceImpl audit, @Reference InitialPasswordFile initialPassword, SecurityConfig config) {
        this(store, hasher, audit, initialPassword, config, Clock.systemUTC());
    }

    public AuthenticationServiceImpl(PlatformStore store, PasswordHasher hasher, AuditServiceImpl audit,
            InitialPasswordFile initialPassword, SecurityConfig config, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.initialPassword = initialPassword;
        this.config = config;
        this.clock = clock;
    }

    @Modified
    void modified(SecurityConfig newConfig) {
        this.config = newConfig;
    }

    /** What happened, to be audited after the transaction. */
    private record Outcome(AuthResult result, Long userId, Long unitId, String action, String detail) {
    }

    @Override
    public AuthResult authenticate(String login, char[] password, String remoteAddress) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        try {
            Outcome outcome = store.jpa().inTransaction(em -> {
                List<UserEntity> found = em.createQuery("SELECT u FROM UserEntity u WHERE u.login = :l", UserEntity.class)
                        .setParameter("l", name).getResultList();
                return found.isEmpty() ? unknown(password) : check(found.get(0), password);
            });
            audit.record(outcome.userId, name, outcome.unitId, outcome.action, "user",
                    outcome.userId == null ? null : String.valueOf(outcome.userId), outcome.detail, remoteAddress);
            return outcome.result;
        } finally {
            PasswordHasher.clear(password);
        }
    }

    private Outcome unknown(char[] password) {
        hasher.burnVerification(password == null ? new char[0] : password);
        return new Outcome(new AuthResult(Status.INVALID_CREDENTIALS, null, false, null), null, null, "login.failed",
                "unknown login");
    }

    private Outcome check(UserEntity user, char[] password) {
        Instant now = clock.instant();
        Long id = user.getId();
        Long unit = user.getPrimaryUnitId();
        if (user.getLockedUntil() != null && user.getLockedUntil().isAfter(now)) {
            return new Outcome(new AuthResult(Status.LOCKED, null, false, user.getLockedUntil()), id, unit,
                    "login.failed", "account locked until " + user.getLockedUntil());
        }
        boolean matches = password != null && hasher.verify(password, user.getPasswordHash(), user.getPasswordSalt(),
                user.getPasswordIterations());
        if (!matches) {
            int failures = user.getFailedLogins() + 1;
            SecurityConfig settings = config;
            if (failures >= settings.maxFailedLogins()) {
                Instant until = now.plus(Duration.ofMinutes(settings.lockoutMinutes()));
                user.setFailedLogins(0);
                user.setLockedUntil(until);
                return new Outcome(new AuthResult(Status.LOCKED, null, false, until), id, unit, "login.locked",
                        failures + " failed sign-ins, locked until " + until);
            }
            user.setFailedLogins(failures);
            return new Outcome(new AuthResult(Status.INVALID_CREDENTIALS, null, false, null), id, unit, "login.failed",
                    "wrong password (" + failures + ")");
        }
        if (!user.isEnabled()) {
            return new Outcome(new AuthResult(Status.DISABLED, null, false, null), id, unit, "login.failed",
                    "account disabled");
        }
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLogin(now);
        if (hasher.needsRehash(user.getPasswordIterations())) {
            PasswordHasher.Hash upgraded = hasher.hash(password);
            user.setPassword(upgraded.hash(), upgraded.salt(), upgraded.iterations());
        }
        UserContext context = new UserContext(id, user.getLogin(), user.getDisplayName(), unit,
                Messages.supportedLocale(user.getLocale()));
        return new Outcome(new AuthResult(Status.SUCCESS, context, user.isMustChangePassword(), null), id, unit,
                "login.success", null);
    }

    @Override
    public void changePassword(UserContext caller, char[] currentPassword, char[] newPassword) {
        try {
            store.jpa().run(em -> {
                UserEntity user = em.find(UserEntity.class, caller.userId());
                if (user == null || currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash(),
                        user.getPasswordSalt(), user.getPasswordIterations())) {
                    throw new ValidationException("current", texts.get(caller.locale(), "password.currentWrong"));
                }
                policy.violation(user.getLogin(), newPassword, caller.locale()).ifPresent(message -> {
                    throw new ValidationException("password", message);
                });
                PasswordHasher.Hash hash = hasher.hash(newPassword);
                user.setPassword(hash.hash(), hash.salt(), hash.iterations());
                user.setMustChangePassword(false);
            });
        } finally {
            PasswordHasher.clear(currentPassword);
            PasswordHasher.clear(newPassword);
        }
        audit.record(caller, "password.change", "user", String.valueOf(caller.userId()), null);
        initialPassword.passwordChanged(caller.userId());
    }

    @Override
    public void signedOut(UserContext caller) {
        audit.record(caller, "logout", "user", String.valueOf(caller.userId()), null);
    }

    @Override
    public void setLocale(UserContext caller, String languageTag) {
        String tag = Messages.supportedLocale(languageTag) == Locale.ENGLISH ? "en" : "zh-CN";
        store.jpa().run(em -> {
            UserEntity user = em.find(UserEntity.class, caller.userId());
            if (user != null) {
                user.setLocale(tag);
            }
        });
    }
}
