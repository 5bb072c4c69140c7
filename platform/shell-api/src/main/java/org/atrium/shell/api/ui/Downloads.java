package org.atrium.shell.api.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import com.vaadin.server.FileDownloader;
import com.vaadin.server.StreamResource;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinResponse;
import com.vaadin.server.VaadinSession;
import com.vaadin.ui.AbstractComponent;

/**
 * Makes a button download a file that is generated when clicked, so an export holds the rows
 * the filters select at that moment.
 */
public final class Downloads {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private Downloads() {
    }

    /**
     * @param button   the export button
     * @param baseName the file name without date and extension, e.g. {@code users}
     * @param content  produces the CSV bytes
     */
    public static void csv(AbstractComponent button, String baseName, Supplier<byte[]> content) {
        StreamResource resource = new StreamResource(() -> new ByteArrayInputStream(content.get()), baseName + ".csv");
        resource.setMIMEType("text/csv; charset=UTF-8");
        resource.setCacheTime(0);
        new StampedDownloader(resource, baseName).extend(button);
    }

    /** Gives each download a file name with the time it was made. */
    private static final class StampedDownloader extends FileDownloader {

        private static final long serialVersionUID = 1L;

        private final String baseName;

        StampedDownloader(StreamResource resource, String baseName) {
            super(resource);
            this.baseName = baseName;
        }

        @Override
        public boolean handleConnectorRequest(VaadinRequest request, VaadinResponse response, String path)
                throws IOException {
            VaadinSession session = getSession();
            session.lock();
            try {
                ((StreamResource) getFileDownloadResource())
                        .setFilename(baseName + "-" + LocalDateTime.now().format(STAMP) + ".csv");
            } finally {
                session.unlock();
            }
            return super.handleConnectorRequest(request, response, path);
        }
    }
}
