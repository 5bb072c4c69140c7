/** Activities (跟进记录): visits, calls, e-mails and meetings with a next step and its date. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.api.activity;
