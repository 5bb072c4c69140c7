/**
 * Contacts (联系人): the people at a customer and their role in the buying decision.
 *
 * <p>1.1: {@link org.atrium.crm.api.contact.ContactService#validate} (the field rules without saving).
 * <p>1.2: {@link org.atrium.crm.api.contact.ContactService#countUpTo} (a count that stops at a limit).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.atrium.crm.api.contact;
