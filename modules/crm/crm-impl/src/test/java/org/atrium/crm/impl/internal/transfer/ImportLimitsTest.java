package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.atrium.crm.impl.internal.service.TestWorld.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.atrium.crm.api.customer.CustomerFilter;
import org.atrium.crm.api.transfer.ImportKind;
import org.atrium.crm.api.transfer.ImportPreview;
import org.atrium.crm.impl.internal.service.CrmServices;
import org.atrium.crm.impl.internal.service.CrmTestDatabase;
import org.atrium.crm.impl.internal.service.TestWorld;
import org.atrium.platform.api.ValidationException;
import org.atrium.platform.api.identity.UserContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The configurable caps of the import: rows per file and the unpacked size of an XLSX (zip bomb). */
class ImportLimitsTest {

    private static final int MB = 1024 * 1024;

    private CrmTestDatabase db;
    private CrmServices crm;
    private TestWorld world;
    private ImportConfig config;

    @BeforeEach
    void setUp() throws Exception {
        db = new CrmTestDatabase();
        world = new TestWorld();
        crm = new CrmServices(db, world);
        config = mock(ImportConfig.class);
        when(config.previewMinutes()).thenReturn(30);
        when(config.batchSize()).thenReturn(10);
        when(config.maxRows()).thenReturn(5_000);
        when(config.maxUncompressedMegabytes()).thenReturn(100);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ImportServiceImpl imports() {
        return new ImportServiceImpl(db.store, crm.customers, crm.contacts, crm.leads, world.access, config,
                java.time.Clock.systemUTC());
    }

    private static String fileError(ImportServiceImpl imports, UserContext who, String name, byte[] file) {
        try {
            imports.preview(who, ImportKind.CUSTOMER, name, new ByteArrayInputStream(file));
        } catch (ValidationException e) {
            assertThat(e.getFieldErrors()).containsOnlyKeys("file");
            return e.getFieldErrors().get("file");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was accepted");
    }

    /**
     * A real customer XLSX whose sheet part carries an XML comment of {@code padding} bytes of one letter:
     * still a valid workbook, but it unpacks to hundreds of times its size.
     */
    private static byte[] bomb(int padding) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter(plain, "客户", List.of("客户名称", "客户类型"))) {
            w.row(List.of("上海华东钢铁贸易有限公司", "企业客户"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(
                new SeekableInMemoryByteChannel(plain.toByteArray())).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                byte[] part;
                try (java.io.InputStream partIn = in.getInputStream(e)) {
                    part = partIn.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(part, StandardCharsets.UTF_8);
                    int afterDeclaration = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
                    zip.write("<!--".getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = "A".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < padding; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("-->".getBytes(StandardCharsets.US_ASCII));
                    zip.write(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(part);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anXlsxThatUnpacksPastTheCapIsRefusedBeforeItIsRead() throws Exception {
        byte[] bomb = bomb(12 * MB);
        assertThat(bomb.length).as("highly compressible: 12 MB packed into some kilobytes").isLessThan(200 * 1024);

        when(config.maxUncompressedMegabytes()).thenReturn(10);
        ImportServiceImpl capped = imports();
        assertThat(fileError(capped, A_REP.withLocale(Locale.SIMPLIFIED_CHINESE), "客户.xlsx", bomb))
                .isEqualTo("XLSX 文件解压后超过 10 MB（疑似压缩炸弹），已拒绝读取。请删除图片等多余内容或拆分文件后重新导入。");
        assertThat(fileError(capped, A_REP.withLocale(Locale.ENGLISH), "customers.xlsx", bomb))
                .startsWith("The XLSX file unpacks to more than 10 MB");

        // the same file under a higher cap is an ordinary workbook: the cap alone refused it
        when(config.maxUncompressedMegabytes()).thenReturn(20);
        ImportPreview p = imports().preview(A_REP, ImportKind.CUSTOMER, "客户.xlsx", new ByteArrayInputStream(bomb));
        assertThat(p.validRows()).isEqualTo(1);
        assertThat(crm.customers.count(ADMIN, CustomerFilter.all())).isZero();
    }

    @Test
    void theDefaultCapStopsABombOfTheAllowedFileSize() throws Exception {
        byte[] bomb = bomb(101 * MB);
        assertThat(bomb.length).isLessThan((int) ImportServiceImpl.MAX_BYTES);
        assertThat(fileError(imports(), A_REP, "bomb.xlsx", bomb)).contains("100 MB");
        when(config.maxUncompressedMegabytes()).thenReturn(0); // below the metatype minimum: the default holds
        assertThat(fileError(imports(), A_REP, "bomb.xlsx", bomb)).contains("100 MB");
    }

    @Test
    void theRowCapIsConfigurable() throws Exception {
        when(config.maxRows()).thenReturn(3);
        byte[] csv = "客户名称\n甲公司\n乙公司\n丙公司\n丁公司\n".getBytes(StandardCharsets.UTF_8);
        assertThat(fileError(imports(), A_REP, "c.csv", csv)).isEqualTo("文件超过 3 行数据，请拆分成多个文件。");
        when(config.maxRows()).thenReturn(4);
        assertThat(imports().preview(A_REP, ImportKind.CUSTOMER, "c.csv", new ByteArrayInputStream(csv)).totalRows())
                .isEqualTo(4);
    }
}
