/** Contacts (联系人): the people at a customer and their role in the buying decision. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.api.contact;
