package org.atrium.crm.api.customer;

import java.util.List;

import org.atrium.platform.api.identity.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The classification dimensions of customers (客户分类) that admins define: each dimension has
 * ordered values, and each customer holds at most one value per dimension
 * ({@link CustomerDraft#classifications()}, {@link Customer#classifications()}). Dimensions and values
 * are deactivated, never deleted, so that the values customers hold stay readable.
 *
 * <p>Changes need {@link org.atrium.crm.api.CrmPermissions#CLASSIFICATION_MANAGE} with the whole group
 * as scope (the dimensions are group-wide) and are audited with target type {@code crm.classification}.
 */
@ProviderType
public interface ClassificationService {

    /**
     * @return every dimension, deactivated ones included, in display order (the order they were
     *         defined in); needs {@code crm.customer.view} or {@code crm.classification.manage} with any scope
     */
    List<ClassificationDimension> dimensions(UserContext caller);

    /**
     * Defines a new dimension with its values, all active.
     *
     * @throws org.atrium.platform.api.ValidationException for an invalid or taken code or name, or
     *         invalid values (fields {@code code}, {@code name}, {@code values})
     * @throws org.atrium.platform.api.AccessDeniedException without the permission for the whole group
     */
    ClassificationDimension define(UserContext caller, ClassificationDraft draft);

    /**
     * Renames a dimension, renames and reorders its values and adds new ones.
     *
     * @param code            the dimension's code
     * @param expectedVersion the {@link ClassificationDimension#version()} the edit started from
     * @throws org.atrium.platform.api.ValidationException also when an existing value is missing from
     *         the draft, or someone else changed the dimension since (field {@code ""})
     * @throws org.atrium.platform.api.NotFoundException when there is no such dimension
     */
    ClassificationDimension edit(UserContext caller, String code, ClassificationDraft draft, long expectedVersion);

    /**
     * Deactivates (or reactivates) a dimension: a deactivated one is no longer offered on forms and
     * filters; customers keep their values.
     */
    ClassificationDimension setDimensionActive(UserContext caller, String code, boolean active);

    /**
     * Deactivates (or reactivates) one value: a deactivated value can no longer be chosen, customers
     * that hold it keep it and still show it.
     *
     * @throws org.atrium.platform.api.NotFoundException when the dimension or value does not exist
     */
    ClassificationDimension setValueActive(UserContext caller, String dimensionCode, String valueCode, boolean active);
}
