package org.atrium.crm.web.internal.transfer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.atrium.crm.api.CrmPermissions;
import org.atrium.crm.api.contact.ContactFilter;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.lead.LeadFilter;
import org.atrium.crm.api.transfer.ExportService;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportService;
import org.atrium.shell.api.ShellContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;

/**
 * The import and XLSX export buttons of the customer, contact and lead lists. The list contributions
 * take it as an optional reference, so the lists work without it; imports run on this component's
 * small thread pool, which ends with the component.
 */
@Component(service = TransferActions.class)
public final class TransferActions {

    private static final int THREADS = 2;

    private final ImportService imports;
    private final ExportService exports;
    private final ExecutorService executor;

    @Activate
    public TransferActions(@Reference ImportService imports, @Reference ExportService exports) {
        this.imports = imports;
        this.exports = exports;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "atrium-crm-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** @return 导入, visible with the create permission of the kind; {@code afterCommit} refreshes the list */
    public Button importButton(ShellContext context, ImportKind kind, Runnable afterCommit) {
        TransferTexts texts = new TransferTexts(context.locale());
        Button button = new Button(texts.get("import.button"), e -> new ImportDialog(context, imports, executor, kind,
                afterCommit, templateButton(context, kind)).open(context.ui()));
        button.setIcon(VaadinIcons.UPLOAD);
        button.setId("crm-import-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        button.setVisible(context.isPermitted(switch (kind) {
            case CUSTOMER -> CrmPermissions.CUSTOMER_CREATE;
            case CONTACT -> CrmPermissions.CONTACT_CREATE;
            case LEAD -> CrmPermissions.LEAD_CREATE;
        }));
        return button;
    }

    private Button templateButton(ShellContext context, ImportKind kind) {
        Button button = new Button(new TransferTexts(context.locale()).get("import.template"));
        button.setIcon(VaadinIcons.FILE_TABLE);
        button.addStyleName(com.vaadin.ui.themes.ValoTheme.BUTTON_LINK);
        XlsxDownload.attach(button, "template-" + kind.name().toLowerCase(java.util.Locale.ROOT),
                out -> imports.template(context.user(), kind, out));
        return button;
    }

    /** @return 导出 XLSX of the customers the list's current filter selects */
    public Button customersXlsx(ShellContext context, Supplier<CustomerFilter> filter) {
        return exportButton(context, CrmPermissions.CUSTOMER_EXPORT, "customers",
                out -> exports.customersXlsx(context.user(), filter.get(), out));
    }

    /** @return 导出 XLSX of the contacts the list's current filter selects */
    public Button contactsXlsx(ShellContext context, Supplier<ContactFilter> filter) {
        return exportButton(context, CrmPermissions.CONTACT_EXPORT, "contacts",
                out -> exports.contactsXlsx(context.user(), filter.get(), out));
    }

    /** @return 导出 XLSX of the leads the list's current filter selects */
    public Button leadsXlsx(ShellContext context, Supplier<LeadFilter> filter) {
        return exportButton(context, CrmPermissions.LEAD_EXPORT, "leads",
                out -> exports.leadsXlsx(context.user(), filter.get(), out));
    }

    private static Button exportButton(ShellContext context, String permission, String baseName,
            XlsxDownload.Content content) {
        Button button = new Button(new TransferTexts(context.locale()).get("export.xlsx"));
        button.setIcon(VaadinIcons.FILE_TABLE);
        button.setVisible(context.isPermitted(permission));
        XlsxDownload.attach(button, baseName, content);
        return button;
    }
}
