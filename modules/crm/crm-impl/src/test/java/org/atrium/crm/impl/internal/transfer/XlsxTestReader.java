package org.atrium.crm.impl.internal.transfer;

import java.util.ArrayList;
import java.util.List;

/** Reads an exported workbook for tests outside this package: rows of cells, padded to the header's width. */
public final class XlsxTestReader {

    private XlsxTestReader() {
    }

    /** @return the rows of the first sheet, the header first */
    public static List<List<String>> rows(byte[] xlsx) throws java.io.IOException {
        Table t = XlsxReader.read(xlsx, 10_000);
        int width = t.lines().isEmpty() ? 0 : t.lines().get(0).cells().size();
        List<List<String>> out = new ArrayList<>();
        for (Table.Line line : t.lines()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(width, line.cells().size()); i++) {
                cells.add(line.cell(i));
            }
            out.add(cells);
        }
        return out;
    }
}
