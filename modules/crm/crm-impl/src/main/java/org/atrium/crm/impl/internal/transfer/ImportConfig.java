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

    @AttributeDefinition(name = "Largest number of data rows",
            description = "Files with more data rows (header and blank lines not counted) are refused as a whole; "
                    + "the default is the documented ImportService.MAX_ROWS", min = "1")
    int maxRows() default 5_000;

    @AttributeDefinition(name = "Largest unpacked XLSX (MB)",
            description = "An XLSX file is a zip archive. Before it is read, its parts are unpacked once and counted; "
                    + "a file that unpacks to more than this many megabytes (or holds more than 1000 parts) is refused "
                    + "(zip-bomb defence). A legitimate file of the largest accepted size (10 MB, at most 5000 rows) "
                    + "unpacks to far less", min = "1")
    int maxUncompressedMegabytes() default 100;
}
