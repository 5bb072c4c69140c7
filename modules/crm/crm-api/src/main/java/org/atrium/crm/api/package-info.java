/**
 * The CRM module's contract (客户关系管理): one group-wide customer master with contacts, leads,
 * opportunities and activities, shared by every subsidiary through the platform's data scopes.
 *
 * <h2>Conventions shared by every service of this API</h2>
 * <ul>
 * <li>Every method that reads or writes takes the calling {@link org.atrium.platform.api.identity.UserContext}
 * first. Services check the permission ({@link org.atrium.crm.api.CrmPermissions}) and the data scope
 * the caller holds for it; UI checks are a convenience only.</li>
 * <li>A record is owned by a user and an org unit. A list returns only rows inside the caller's
 * scope for the {@code view} permission; a single-record read of a row outside it throws
 * {@link org.atrium.platform.api.NotFoundException} (existence is not revealed); a change of a row
 * outside the scope of the change permission throws {@link org.atrium.platform.api.AccessDeniedException}.</li>
 * <li>Invalid input throws {@link org.atrium.platform.api.ValidationException} with one message per
 * field, in the caller's language; nothing is written then.</li>
 * <li>Every change is written to the platform audit log with a target type {@code crm.<object>}.</li>
 * <li>Money is {@link java.math.BigDecimal} in CNY with two decimals.</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.atrium.crm.api;
