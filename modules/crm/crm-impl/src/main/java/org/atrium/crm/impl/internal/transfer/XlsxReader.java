package org.atrium.crm.impl.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX file with FastExcel's streaming reader, after checking how far the
 * archive unpacks (an XLSX is a zip: a few kilobytes can unpack to gigabytes).
 */
final class XlsxReader {

    /** More parts than any spreadsheet has (a workbook holds a few dozen). */
    static final int MAX_ENTRIES = 1_000;

    /** The archive unpacks to more than the allowed size, or holds more than {@link #MAX_ENTRIES} parts. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private XlsxReader() {
    }

    /**
     * Unpacks every part of the archive once, counting the bytes actually inflated (the sizes an archive
     * declares may lie), and stops at the first byte over the cap. The parts are those of the central
     * directory, the same ones FastExcel reads.
     *
     * @throws TooLarge past {@code maxUncompressed} bytes in total or {@link #MAX_ENTRIES} parts
     * @throws IOException when the bytes are no zip archive
     */
    static void checkUncompressed(byte[] bytes, long maxUncompressed) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements();) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new TooLarge("more than " + MAX_ENTRIES + " parts");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > maxUncompressed) {
                            throw new TooLarge("unpacks to more than " + maxUncompressed + " bytes");
                        }
                    }
                }
            }
        }
    }

    /** @return whether the bytes start like a zip file (an XLSX is one) */
    static boolean looksLikeXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** @return the non-blank rows, at most {@code limit} */
    static Table read(byte[] bytes, int limit) throws IOException {
        List<Table.Line> lines = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext() && lines.size() < limit) {
                Row row = it.next();
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    lines.add(new Table.Line(row.getRowNum(), cells));
                }
            }
        }
        return new Table(lines);
    }

    /** Numbers typed into Excel (a mobile number, a credit code of digits) come back without ".0" or exponent. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw.strip();
    }
}
