package org.atrium.crm.web.internal.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import com.vaadin.ui.Upload.Receiver;

/**
 * Receives an import file into memory and enforces the type and size limits while the bytes arrive:
 * Vaadin 8.14.4 lets a client skip the start listener's checks, so the receiver itself refuses a
 * wrong file name and stops writing past the limit (the upload then fails).
 */
final class UploadBuffer implements Receiver {

    private static final long serialVersionUID = 1L;

    /** Why an upload was refused. */
    enum Rejection { NONE, TYPE, SIZE }

    private final long maxBytes;
    private transient ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private String fileName;
    private Rejection rejection = Rejection.NONE;

    UploadBuffer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return whether the name ends in {@code .csv} or {@code .xlsx} */
    static boolean acceptedName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).strip();
        return n.endsWith(".csv") || n.endsWith(".xlsx");
    }

    @Override
    public OutputStream receiveUpload(String name, String mimeType) {
        fileName = name;
        buffer = new ByteArrayOutputStream();
        rejection = acceptedName(name) ? Rejection.NONE : Rejection.TYPE;
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (rejection == Rejection.TYPE) {
                    throw new IOException("file type refused: " + fileName);
                }
                if (buffer.size() + (long) len > maxBytes) {
                    rejection = Rejection.SIZE;
                    buffer = new ByteArrayOutputStream();
                    throw new IOException("file larger than " + maxBytes + " bytes: " + fileName);
                }
                buffer.write(b, off, len);
            }
        };
    }

    /** Marks the current upload as too large (the start listener saw its announced length). */
    void refuseSize() {
        rejection = Rejection.SIZE;
        buffer = new ByteArrayOutputStream();
    }

    Rejection rejection() {
        return rejection;
    }

    String fileName() {
        return fileName;
    }

    /** @return the received bytes; empty after a refusal */
    byte[] bytes() {
        return rejection == Rejection.NONE ? buffer.toByteArray() : new byte[0];
    }

    /** Drops the received bytes. */
    void clear() {
        buffer = new ByteArrayOutputStream();
    }
}
