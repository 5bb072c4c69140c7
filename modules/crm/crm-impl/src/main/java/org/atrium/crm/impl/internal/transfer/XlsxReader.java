package org.atrium.crm.impl.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads the first sheet of an XLSX file with FastExcel's streaming reader. */
final class XlsxReader {

    private XlsxReader() {
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
