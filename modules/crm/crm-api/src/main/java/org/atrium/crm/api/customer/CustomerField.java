package org.atrium.crm.api.customer;

/** The fields of a customer whose surviving value an admin picks when merging two customers. */
public enum CustomerField {
    NAME, SHORT_NAME, CREDIT_CODE, INDUSTRY, PROVINCE, CITY, TYPE, SOURCE, LIFECYCLE, TIER, CREDIT_RATING, PARENT, OWNER
}
