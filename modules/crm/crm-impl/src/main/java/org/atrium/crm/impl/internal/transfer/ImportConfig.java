package org.atrium.crm.impl.internal.transfer;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the CRM import, {@code etc/org.atrium.crm.import.cfg}. */
@ObjectClassDefinition(name = "Atrium CRM import", description = "Previews of CSV/XLSX imports of customers, contacts and leads")
public @interface ImportConfig {

    /** The configuration PID. */
    String PID = "org.atrium.crm.import";

    @AttributeDefinition(name = "Preview lifetime (minutes)", description = "How long an unused import preview is kept in memory", min = "1")
    int previewMinutes() default 30;

    @AttributeDefinition(name = "Batch size", description = "Rows written between two progress reports", min = "1")
    int batchSize() default 100;
}
