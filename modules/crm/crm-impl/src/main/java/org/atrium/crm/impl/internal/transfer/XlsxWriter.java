package org.atrium.crm.impl.internal.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes one sheet with a bold, frozen header row using FastExcel's streaming writer. */
final class XlsxWriter implements AutoCloseable {

    private static final int FLUSH_EVERY = 1_000;

    private final Workbook book;
    private final Worksheet sheet;
    private int row;

    XlsxWriter(OutputStream out, String sheetName, List<String> header) {
        book = new Workbook(out, "Atrium", "1.0");
        sheet = book.newWorksheet(sheetName);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.max(12, header.get(c).length() * 2.5));
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    /** Adds a row; {@code null} cells stay empty. */
    void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v != null) {
                sheet.value(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    /** @return the number of data rows written */
    int rows() {
        return row - 1;
    }

    @Override
    public void close() throws IOException {
        book.finish();
    }
}
