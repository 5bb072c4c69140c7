package org.atrium.crm.api.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ProviderType;

import org.atrium.platform.api.identity.UserContext;

/**
 * Imports customers, contacts and leads from CSV or XLSX in two steps: {@link #preview} reads and
 * checks every row and writes nothing; {@link #commit} writes only the valid rows. All steps need the
 * create permission of the kind ({@code crm.customer.create}, {@code crm.contact.create},
 * {@code crm.lead.create}); records are owned by the caller and the caller's primary unit.
 *
 * <p>Files: CSV in UTF-8 (with or without BOM) or GB18030 (as Excel saves it on Chinese Windows), or
 * XLSX (first sheet). The first non-blank row is the header; columns are recognised by their Chinese or
 * English label (see {@link #template}); unknown columns are ignored, blank lines skipped. Enumerated
 * values (customer type, lifecycle, channel, decision role) are accepted by Chinese or English label or
 * by constant name. Customer files may also hold one column per classification dimension (客户分类),
 * headed by the dimension's name as the customer export writes it (or by its code); a cell holds the
 * name or the code of an active value of the dimension, blank for none. At most {@link #MAX_ROWS} data
 * rows and {@link #MAX_BYTES} bytes per file.
 */
@ProviderType
public interface ImportService {

    /** The largest number of data rows one file may hold. */
    int MAX_ROWS = 5_000;

    /** The largest file accepted, in bytes. */
    long MAX_BYTES = 10L * 1024 * 1024;

    /**
     * Reads and checks a file: required fields, lengths, credit code check digit, mobile and e-mail
     * format, enumerations, and the duplicate check per row against the group and against earlier rows
     * of the same file. Nothing is written.
     *
     * @param fileName the uploaded file's name; {@code .xlsx} (or a zip signature) selects XLSX, anything
     *                 else is read as CSV
     * @throws org.atrium.platform.api.ValidationException when the file cannot be read as a whole (empty,
     *         no known column, too many rows, too large, not a spreadsheet), field {@code "file"}
     * @throws org.atrium.platform.api.AccessDeniedException without the create permission of the kind
     * @throws IOException when reading the stream fails
     */
    ImportPreview preview(UserContext caller, ImportKind kind, String fileName, InputStream in) throws IOException;

    /**
     * Writes the valid rows of a preview through the CRM services (the same checks again, audited),
     * in batches, then forgets the preview. Rows the services refuse at write time are returned, the
     * others are kept.
     *
     * @param listener told the progress after each batch, may be {@code null}
     * @throws org.atrium.platform.api.NotFoundException when the preview is unknown, expired, already
     *         committed or belongs to another user
     * @throws org.atrium.platform.api.AccessDeniedException without the create permission (nothing is written)
     */
    ImportResult commit(UserContext caller, String previewId, ProgressListener listener);

    /** Forgets a preview of the caller without writing anything; unknown ids are ignored. */
    void discard(UserContext caller, String previewId);

    /**
     * Writes an XLSX template for a kind: one header row with the column labels in the caller's
     * language; for customers followed by the names of the active classification dimensions.
     */
    void template(UserContext caller, ImportKind kind, OutputStream out) throws IOException;
}
