/**
 * Import and export (导入导出) of customers, contacts and leads: a file is first previewed with a
 * row-level error report and duplicate hints, nothing is written until the user commits the valid
 * rows; lists are exported as XLSX under the caller's data scope.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.atrium.crm.api.transfer;
