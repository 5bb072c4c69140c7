package org.atrium.crm.api.customer;

/** The fields of a customer whose surviving value an admin picks when merging two customers. */
public enum CustomerField {
    NAME, SHORT_NAME, CREDIT_CODE, INDUSTRY, PROVINCE, CITY, TYPE, SOURCE, LIFECYCLE, TIER, CREDIT_RATING, PARENT, OWNER,
    /**
     * The classification values (客户分类): by default the survivor keeps its values and takes the
     * duplicate's only for dimensions it has none in; taken from the duplicate, the duplicate's value wins
     * in every dimension the duplicate has one.
     */
    CLASSIFICATIONS
}
