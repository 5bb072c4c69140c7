/**
 * The group customer master (客户): one record and one code per legal entity for the whole group,
 * duplicate prevention (撞单) across the group, service relationships, merge and hand-over.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.atrium.crm.api.customer;
