package org.atrium.crm.web.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;

class UploadBufferTest {

    @Test
    void keepsAnAcceptedFileWithinTheLimit() throws IOException {
        UploadBuffer buffer = new UploadBuffer(10);
        try (OutputStream out = buffer.receiveUpload("客户.CSV", "text/csv")) {
            out.write("0123456789".getBytes());
        }
        assertThat(buffer.rejection()).isEqualTo(UploadBuffer.Rejection.NONE);
        assertThat(buffer.bytes()).hasSize(10);
        assertThat(buffer.fileName()).isEqualTo("客户.CSV");
    }

    @Test
    void stopsWritingPastTheLimitEvenWhenTheStartListenerWasBypassed() throws IOException {
        UploadBuffer buffer = new UploadBuffer(10);
        OutputStream out = buffer.receiveUpload("a.xlsx", "application/octet-stream");
        out.write(new byte[6]);
        assertThatThrownBy(() -> out.write(new byte[6])).isInstanceOf(IOException.class);
        assertThat(buffer.rejection()).isEqualTo(UploadBuffer.Rejection.SIZE);
        assertThat(buffer.bytes()).isEmpty();
    }

    @Test
    void refusesOtherFileTypesWhileReceiving() throws IOException {
        UploadBuffer buffer = new UploadBuffer(10);
        OutputStream out = buffer.receiveUpload("evil.html", "text/csv");
        assertThatThrownBy(() -> out.write(1)).isInstanceOf(IOException.class);
        assertThat(buffer.rejection()).isEqualTo(UploadBuffer.Rejection.TYPE);
        assertThat(buffer.bytes()).isEmpty();
        assertThat(UploadBuffer.acceptedName("x.xls")).isFalse();
        assertThat(UploadBuffer.acceptedName(null)).isFalse();
    }

    @Test
    void aNewUploadStartsClean() throws IOException {
        UploadBuffer buffer = new UploadBuffer(10);
        buffer.receiveUpload("evil.exe", "x");
        OutputStream out = buffer.receiveUpload("ok.csv", "text/csv");
        out.write(new byte[3]);
        assertThat(buffer.bytes()).hasSize(3);
    }
}
