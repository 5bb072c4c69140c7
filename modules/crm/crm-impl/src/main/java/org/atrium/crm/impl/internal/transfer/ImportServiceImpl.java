package org.atrium.crm.impl.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.ContactDraft;
import org.atrium.crm.api.contact.ContactService;
import org.atrium.crm.api.customer.CustomerDraft;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.lead.LeadDraft;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.api.transfer.ImportService;
import org.atrium.crm.api.transfer.ProgressListener;
import org.atrium.crm.impl.internal.CrmStore;
import org.atrium.crm.impl.internal.Guard;
import org.atrium.crm.impl.internal.Texts;
import org.atrium.crm.impl.internal.match.Pinyin;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.atrium.platform.api.security.AccessService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Import in two steps. The preview reads the file, checks every row with the services' own rules and
 * duplicate checks and keeps the drafts of the valid rows in memory; the commit writes them through the
 * public CRM services (permission, validation, duplicate check and audit once more, one transaction per
 * record so a row refused at write time does not take the others with it).
 */
@Component(service = ImportService.class, configurationPid = ImportConfig.PID)
@Designate(ocd = ImportConfig.class)
public final class ImportServiceImpl implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);

    /** The default of {@link ImportConfig#maxUncompressedMegabytes()}. */
    static final int DEFAULT_MAX_UNPACKED_MB = 100;

    private final CustomerService customers;
    private final ContactService contacts;
    private final LeadService leads;
    private final AccessService access;
    private final Guard guard;
    private final TransferTexts texts = new TransferTexts();
    private final Map<ImportKind, RowChecker> checkers = new HashMap<>();
    private final Previews previews;
    private volatile ImportConfig config;

    @Activate
    public ImportServiceImpl(@Reference CrmStore store, @Reference CustomerService customers,
            @Reference ContactService contacts, @Reference LeadService leads, @Reference AccessService access,
            ImportConfig config) {
        this(store, customers, contacts, leads, access, config, Clock.systemUTC());
    }

    /** With a clock, for tests of expiry. */
    public ImportServiceImpl(CrmStore store, CustomerService customers, ContactService contacts, LeadService leads,
            AccessService access, ImportConfig config, Clock clock) {
        this.customers = customers;
        this.contacts = contacts;
        this.leads = leads;
        this.access = access;
        Texts crmTexts = new Texts();
        this.guard = new Guard(access, crmTexts);
        this.previews = new Previews(clock);
        checkers.put(ImportKind.CUSTOMER, new CustomerRows(customers, store, crmTexts, texts, new Pinyin()));
        checkers.put(ImportKind.CONTACT, new ContactRows(customers, contacts, store, texts));
        checkers.put(ImportKind.LEAD, new LeadRows(leads, store, texts));
        configure(config);
    }

    @Modified
    void configure(ImportConfig newConfig) {
        this.config = newConfig;
    }

    static String createPermission(ImportKind kind) {
        return switch (kind) {
            case CUSTOMER -> CrmPermissions.CUSTOMER_CREATE;
            case CONTACT -> CrmPermissions.CONTACT_CREATE;
            case LEAD -> CrmPermissions.LEAD_CREATE;
        };
    }

    // ---------------------------------------------------------------- preview

    @Override
    public ImportPreview preview(UserContext caller, ImportKind kind, String fileName, InputStream in)
            throws IOException {
        guard.scope(caller, createPermission(kind));
        Locale locale = caller.locale();
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw fileError(locale, "file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        ImportConfig settings = config;
        // a value below 1 (not allowed by the metatype) falls back to the default
        int maxRows = settings.maxRows() > 0 ? settings.maxRows() : MAX_ROWS;
        int maxUnpackedMegabytes = settings.maxUncompressedMegabytes() > 0 ? settings.maxUncompressedMegabytes()
                : DEFAULT_MAX_UNPACKED_MB;
        Table table = read(locale, fileName, bytes, maxRows, maxUnpackedMegabytes);
        if (table.lines().isEmpty()) {
            throw fileError(locale, "file.empty");
        }
        if (table.lines().size() > maxRows + 1) {
            throw fileError(locale, "file.tooManyRows", maxRows);
        }
        List<String> header = table.lines().get(0).cells();
        Map<String, Integer> index = Columns.match(texts, kind, header);
        if (index.isEmpty()) {
            throw fileError(locale, "file.noColumns", String.join("、", Columns.labels(texts, locale, kind)));
        }
        List<String> missing = Columns.requiredColumns(kind).stream().filter(f -> !index.containsKey(f))
                .map(f -> texts.get(locale, Columns.key(kind, f))).sorted().toList();
        if (!missing.isEmpty()) {
            throw fileError(locale, "file.missingColumns", String.join("、", missing));
        }
        RowChecker checker = checkers.get(kind);
        List<RowChecker.ExtraColumn> extra = checker.extraColumns(header, index.values());
        List<RowChecker.Input> inputs = new ArrayList<>();
        for (Table.Line line : table.lines().subList(1, table.lines().size())) {
            List<String> values = new ArrayList<>(Columns.values(kind, index, line));
            Map<String, String> byField = new HashMap<>();
            for (int i = 0; i < values.size(); i++) {
                byField.put(Columns.fields(kind).get(i), values.get(i));
            }
            for (RowChecker.ExtraColumn x : extra) {
                values.add(line.cell(x.index()));
                byField.put(x.field(), line.cell(x.index()));
            }
            inputs.add(new RowChecker.Input(line.number(), values, byField));
        }
        if (inputs.isEmpty()) {
            throw fileError(locale, "file.empty");
        }
        List<RowChecker.Checked> checked = checker.check(caller, inputs);
        List<String> columns = new ArrayList<>(Columns.labels(texts, locale, kind));
        extra.forEach(x -> columns.add(x.label()));
        ImportPreview preview = new ImportPreview(UUID.randomUUID().toString(), kind,
                fileName == null ? "" : fileName, columns,
                checked.stream().map(RowChecker.Checked::row).toList(),
                previews.expiry(Duration.ofMinutes(config.previewMinutes())));
        previews.put(new Previews.Pending(caller.userId(), preview, checked));
        LOG.debug("import preview {} of {} by user {}: {} rows, {} valid", preview.id(), kind, caller.userId(),
                preview.totalRows(), preview.validRows());
        return preview;
    }

    private Table read(Locale locale, String fileName, byte[] bytes, int maxRows, int maxUncompressedMegabytes) {
        int limit = maxRows + 2;
        boolean xlsx = XlsxReader.looksLikeXlsx(bytes);
        if (!xlsx && fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw fileError(locale, "file.unreadable");
        }
        try {
            if (xlsx) {
                XlsxReader.checkUncompressed(bytes, maxUncompressedMegabytes * 1024L * 1024L);
                return XlsxReader.read(bytes, limit);
            }
            return CsvReader.read(bytes, limit);
        } catch (XlsxReader.TooLarge e) {
            LOG.warn("import file {} refused: {}", fileName, e.getMessage());
            throw fileError(locale, "file.tooLargeUnpacked", maxUncompressedMegabytes);
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable import file {}", fileName, e);
            throw fileError(locale, "file.unreadable");
        }
    }

    private ValidationException fileError(Locale locale, String key, Object... args) {
        return new ValidationException("file", texts.get(locale, key, args));
    }

    // ---------------------------------------------------------------- commit

    @Override
    public ImportResult commit(UserContext caller, String previewId, ProgressListener listener) {
        Previews.Pending pending = previews.take(caller.userId(), previewId)
                .orElseThrow(() -> new NotFoundException(texts.get(caller.locale(), "preview.notFound")));
        ImportKind kind = pending.preview().kind();
        guard.scope(caller, createPermission(kind));
        List<RowChecker.Checked> valid = pending.rows().stream().filter(c -> c.draft() != null).toList();
        int batch = Math.max(1, config.batchSize());
        int written = 0;
        List<ImportRow> failed = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            RowChecker.Checked row = valid.get(i);
            try {
                write(caller, kind, row.draft());
                written++;
            } catch (ValidationException | AccessDeniedException | NotFoundException e) {
                failed.add(new ImportRow(row.row().rowNumber(), row.row().values(), reasons(e), List.of()));
            }
            if (listener != null && ((i + 1) % batch == 0 || i + 1 == valid.size())) {
                listener.progress(i + 1, valid.size());
            }
        }
        LOG.info("import {} of {} by user {}: {} written, {} refused", previewId, kind, caller.userId(), written,
                failed.size());
        return new ImportResult(written, failed);
    }

    private void write(UserContext caller, ImportKind kind, Object draft) {
        switch (kind) {
            case CUSTOMER -> customers.create(caller, (CustomerDraft) draft);
            case CONTACT -> contacts.create(caller, (ContactDraft) draft);
            case LEAD -> leads.create(caller, (LeadDraft) draft);
        }
    }

    private static List<String> reasons(RuntimeException e) {
        if (e instanceof ValidationException v && !v.getFieldErrors().isEmpty()) {
            return v.getFieldErrors().values().stream().toList();
        }
        return List.of(String.valueOf(e.getMessage()));
    }

    @Override
    public void discard(UserContext caller, String previewId) {
        previews.take(caller.userId(), previewId);
    }

    @Override
    public void template(UserContext caller, ImportKind kind, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(Columns.labels(texts, caller.locale(), kind));
        header.addAll(checkers.get(kind).extraTemplateColumns());
        new XlsxWriter(out, texts.get(caller.locale(), "sheet." + kind.name()), header).close();
    }
}
