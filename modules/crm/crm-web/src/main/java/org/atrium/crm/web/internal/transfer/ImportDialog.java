package org.atrium.crm.web.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.api.transfer.ImportResult;
import org.atrium.crm.api.transfer.ImportRow;
import org.atrium.crm.api.transfer.ImportService;
import org.atrium.platform.api.AccessDeniedException;
import org.atrium.platform.api.NotFoundException;
import org.atrium.platform.api.ValidationException;
import org.atrium.shell.api.ShellContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.shared.ui.ContentMode;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.ProgressBar;
import com.vaadin.ui.UI;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 导入: template download, upload (type and size checked while receiving), the preview grid with the
 * rows in error highlighted, and "导入有效行" running in a background thread with a progress bar. Closing
 * the dialog before committing discards the preview.
 */
final class ImportDialog extends Window {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportDialog.class);
    private static final int POLL_MILLIS = 500;
    // the grid paints its cells, so the row style colours the cells
    static final String CSS = ".v-grid-row.crm-import-error > td { background-color: #fdecea !important; }\n"
            + ".v-grid-row.crm-import-hint > td { background-color: #fff8e1 !important; }";

    private final transient ShellContext context;
    private final transient ImportService imports;
    private final transient ExecutorService executor;
    private final transient Runnable afterCommit;
    private final ImportKind kind;
    private final TransferTexts texts;
    private final ImportLogic logic;
    private final UploadBuffer buffer = new UploadBuffer(ImportService.MAX_BYTES);
    private final Label message = new Label("", ContentMode.TEXT);
    private final Label summary = new Label();
    private final Grid<ImportRow> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar(0f);
    private final Button commit = new Button();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile ImportPreview preview;

    ImportDialog(ShellContext context, ImportService imports, ExecutorService executor, ImportKind kind,
            Runnable afterCommit, Button template) {
        super(new TransferTexts(context.locale()).get("import.title." + kind.name()));
        this.context = context;
        this.imports = imports;
        this.executor = executor;
        this.kind = kind;
        this.afterCommit = afterCommit;
        this.texts = new TransferTexts(context.locale());
        this.logic = new ImportLogic(texts);
        setModal(true);
        setWidth("90%");
        setHeight("85%");
        Upload upload = upload();
        Label hint = new Label(logic.hint(kind));
        hint.addStyleName(ValoTheme.LABEL_SMALL);
        HorizontalLayout top = new HorizontalLayout(upload, template);
        message.addStyleName(ValoTheme.LABEL_FAILURE);
        message.setVisible(false);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setStyleGenerator(ImportLogic::style);
        grid.setVisible(false);
        progress.setVisible(false);
        progress.setWidth("100%");
        commit.setIcon(VaadinIcons.UPLOAD);
        commit.addStyleName(ValoTheme.BUTTON_PRIMARY);
        commit.setDisableOnClick(true);
        commit.setVisible(false);
        commit.setId("crm-import-commit");
        commit.addClickListener(e -> commit());
        Button close = new Button(texts.get("import.close"), e -> close());
        VerticalLayout body = new VerticalLayout(top, hint, message, summary, grid, progress,
                new HorizontalLayout(commit, close));
        body.setSizeFull();
        body.setExpandRatio(grid, 1);
        setContent(body);
        addCloseListener(e -> {
            ImportPreview p = preview;
            if (p != null && !running.get()) {
                imports.discard(context.user(), p.id());
            }
        });
    }

    void open(UI ui) {
        ui.getPage().getStyles().add(CSS);
        ui.addWindow(this);
    }

    private Upload upload() {
        Upload upload = new Upload(null, buffer);
        upload.setButtonCaption(texts.get("import.choose"));
        upload.setImmediateMode(true);
        upload.setAcceptMimeTypes(".csv,.xlsx,text/csv," + XlsxDownload.MIME);
        upload.addStartedListener(e -> {
            // early refusal for honest clients; the receiver enforces the same limits on the bytes
            if (!UploadBuffer.acceptedName(e.getFilename())) {
                upload.interruptUpload();
            } else if (e.getContentLength() > ImportService.MAX_BYTES) {
                buffer.refuseSize();
                upload.interruptUpload();
            }
        });
        upload.addFailedListener(e -> refused());
        upload.addSucceededListener(e -> {
            if (buffer.rejection() != UploadBuffer.Rejection.NONE) {
                refused();
            } else {
                preview(buffer.fileName(), buffer.bytes());
            }
            buffer.clear();
        });
        return upload;
    }

    private void refused() {
        showMessage(buffer.rejection() == UploadBuffer.Rejection.SIZE
                ? texts.get("import.tooLarge", ImportService.MAX_BYTES / 1024 / 1024)
                : texts.get("import.wrongType"));
        buffer.clear();
    }

    private void preview(String fileName, byte[] bytes) {
        ImportPreview old = preview;
        if (old != null) {
            imports.discard(context.user(), old.id());
            preview = null;
        }
        try {
            ImportPreview p = imports.preview(context.user(), kind, fileName, new ByteArrayInputStream(bytes));
            preview = p;
            message.setVisible(false);
            show(p.columns(), p.rows());
            summary.setValue(logic.summary(p));
            commit.setCaption(logic.commitCaption(p));
            commit.setVisible(true);
            commit.setEnabled(p.validRows() > 0);
        } catch (ValidationException e) {
            showMessage(String.join(" ", e.getFieldErrors().values()));
        } catch (AccessDeniedException e) {
            showMessage(e.getMessage());
        } catch (IOException e) {
            LOG.warn("reading an uploaded import file failed", e);
            showMessage(texts.get("import.wrongType"));
        }
    }

    private void show(List<String> columns, List<ImportRow> rows) {
        grid.removeAllColumns();
        grid.addColumn(ImportRow::rowNumber).setCaption(texts.get("import.col.row")).setWidth(80);
        grid.addColumn(logic::status).setCaption(texts.get("import.col.status")).setWidth(100);
        grid.addColumn(r -> ImportLogic.joined(r.errors())).setCaption(texts.get("import.col.errors"))
                .setDescriptionGenerator(r -> ImportLogic.joined(r.errors())).setWidth(320);
        grid.addColumn(r -> ImportLogic.joined(r.duplicateHints())).setCaption(texts.get("import.col.hints"))
                .setWidth(220);
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            grid.addColumn(r -> r.values().get(index)).setCaption(columns.get(i));
        }
        grid.setItems(rows);
        grid.setVisible(true);
    }

    private void commit() {
        ImportPreview p = preview;
        if (p == null || !running.compareAndSet(false, true)) {
            return;
        }
        UI ui = getUI();
        progress.setValue(0f);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        try {
            executor.submit(() -> runCommit(ui, p));
        } catch (RejectedExecutionException e) {
            running.set(false);
            ui.setPollInterval(-1);
            showMessage(texts.get("import.failed"));
        }
    }

    private void runCommit(UI ui, ImportPreview p) {
        try {
            ImportResult result = imports.commit(context.user(), p.id(), (done, total) -> ui.access(() -> {
                progress.setValue(total == 0 ? 1f : (float) done / total);
                summary.setValue(logic.progress(done, total));
            }));
            ui.access(() -> finished(result));
        } catch (NotFoundException | AccessDeniedException e) {
            ui.access(() -> failed(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("import commit {} failed", p.id(), e);
            ui.access(() -> failed(texts.get("import.failed")));
        }
    }

    private void finished(ImportResult result) {
        preview = null;
        running.set(false);
        getUI().setPollInterval(-1);
        progress.setValue(1f);
        summary.setValue(logic.result(result));
        commit.setVisible(false);
        grid.setItems(result.failed());
        context.notify(logic.result(result));
        afterCommit.run();
    }

    private void failed(String text) {
        preview = null;
        running.set(false);
        getUI().setPollInterval(-1);
        progress.setVisible(false);
        commit.setVisible(false);
        showMessage(text);
    }

    private void showMessage(String text) {
        message.setValue(text);
        message.setVisible(true);
    }
}
