package org.atrium.crm.web.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinResponse;
import com.vaadin.ui.AbstractComponent;

/** Makes a button download an XLSX file generated when clicked, named with the time it was made. */
final class XlsxDownload extends FileDownloader {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    static final String MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Writes the file. */
    @FunctionalInterface
    interface Content {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private final String baseName;

    private XlsxDownload(StreamResource resource, String baseName) {
        super(resource);
        this.baseName = baseName;
    }

    static void attach(AbstractComponent button, String baseName, Content content) {
        StreamResource resource = new StreamResource(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                content.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ByteArrayInputStream(out.toByteArray());
        }, baseName + ".xlsx");
        resource.setMIMEType(MIME);
        resource.setCacheTime(0);
        new XlsxDownload(resource, baseName).extend(button);
    }

    @Override
    public boolean handleConnectorRequest(VaadinRequest request, VaadinResponse response, String path)
            throws IOException {
        getSession().lock();
        try {
            ((StreamResource) getFileDownloadResource())
                    .setFilename(baseName + "-" + LocalDateTime.now().format(STAMP) + ".xlsx");
        } finally {
            getSession().unlock();
        }
        return super.handleConnectorRequest(request, response, path);
    }
}
