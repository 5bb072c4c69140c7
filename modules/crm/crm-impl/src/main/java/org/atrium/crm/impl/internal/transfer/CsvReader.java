package org.atrium.crm.impl.internal.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it (quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF or LF). The text is UTF-8 when it starts with a BOM or decodes cleanly as
 * UTF-8, else GB18030 — what Excel writes on Chinese Windows ("CSV (逗号分隔)").
 */
final class CsvReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {
    }

    /** @return the rows of the text, blank rows left out, at most {@code limit} */
    static Table read(byte[] bytes, int limit) {
        return parse(decode(bytes), limit);
    }

    /** @return the text of the bytes in the detected encoding, without a BOM */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    static Table parse(String text, int limit) {
        List<Table.Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNumber = 1;
        int startLine = 1;
        int i = 0;
        while (i < text.length() && lines.size() < limit) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        lineNumber++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                add(lines, startLine, cells);
                cells = new ArrayList<>();
                lineNumber++;
                startLine = lineNumber;
            } else {
                cell.append(ch);
            }
            i++;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            add(lines, startLine, cells);
        }
        return new Table(lines);
    }

    private static void add(List<Table.Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            lines.add(new Table.Line(number, List.copyOf(cells)));
        }
    }
}
