package org.atrium.crm.api.transfer;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.platform.api.identity.UserContext;

/**
 * Exports lists as XLSX (one sheet, localised header row) with the filters the list shows. A row is
 * exported when the caller sees it ({@code crm.<kind>.view}) and its owner lies in the scope of
 * {@code crm.<kind>.export}; without the export permission nothing is written. At most
 * {@link #MAX_ROWS} rows are written, newest first.
 */
@ProviderType
public interface ExportService {

    /** The largest number of rows one export writes. */
    int MAX_ROWS = 50_000;

    /**
     * @return the number of rows written
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.customer.export}
     */
    int customersXlsx(UserContext caller, CustomerFilter filter, OutputStream out) throws IOException;

    /**
     * @return the number of rows written
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.contact.export}
     */
    int contactsXlsx(UserContext caller, ContactFilter filter, OutputStream out) throws IOException;

    /**
     * @return the number of rows written
     * @throws org.atrium.platform.api.AccessDeniedException without {@code crm.lead.export}
     */
    int leadsXlsx(UserContext caller, LeadFilter filter, OutputStream out) throws IOException;
}
