package org.atrium.crm.impl.internal.transfer;

import java.util.List;

/**
 * The cells of an import file: rows of trimmed strings with their row number in the file (1-based,
 * as a spreadsheet shows it). Blank rows are not included.
 */
record Table(List<Line> lines) {

    /** One non-blank row. */
    record Line(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
