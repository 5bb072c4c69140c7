package org.atrium.platform.core.internal.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

/**
 * A user. {@code primaryUnitId} repeats the unit of the primary post so that lists can sort and
 * join on it without a subquery; the services keep both in step.
 */
@Entity
@Table(name = "ATR_USER")
public class UserEntity extends BaseEntity {
    @Column(name = "LOGIN") private String login;
    @Column(name = "DISPLAY_NAME") private String displayName;
    @Column(name = "EMAIL") private String email;
    @Column(name = "MOBILE") private String mobile;
    @Column(name = "ENABLED") private boolean enabled = true;
    @Column(name = "PASSWORD_HASH") private String passwordHash;
    @Column(name = "PASSWORD_SALT") private String passwordSalt;
    @Column(name = "PASSWORD_ITERATIONS") private int passwordIterations;
    @Column(name = "MUST_CHANGE_PASSWORD") private boolean mustChangePassword = true;
    @Column(name = "FAILED_LOGINS") private int failedLogins;
    @Column(name = "LOCKED_UNTIL") private Instant lockedUntil;
    @Column(name = "LAST_LOGIN") private Instant lastLogin;
    @Column(name = "LOCALE") private String locale = "zh-CN";
    @Column(name = "PRIMARY_UNIT_ID") private long primaryUnitId;

    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPasswordHash() { return passwordHash; }
    public String getPasswordSalt() { return passwordSalt; }
    public int getPasswordIterations() { return passwordIterations; }

    public void setPassword(String hash, String salt, int iterations) {
        this.passwordHash = hash;
        this.passwordSalt = salt;
        this.passwordIterations = iterations;
    }

    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public int getFailedLogins() { return failedLogins; }
    public void setFailedLogins(int failedLogins) { this.failedLogins = failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    public Instant getLastLogin() { return lastLogin; }
    public void setLastLogin(Instant lastLogin) { this.lastLogin = lastLogin; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public long getPrimaryUnitId() { return primaryUnitId; }
    public void setPrimaryUnitId(long primaryUnitId) { this.primaryUnitId = primaryUnitId; }
}
