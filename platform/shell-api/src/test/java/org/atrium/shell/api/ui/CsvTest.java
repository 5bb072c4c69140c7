package org.atrium.shell.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithUtf8ByteOrderMarkAndUsesCrLf() {
        byte[] bytes = Csv.write(List.of("姓名", "部门"), List.of(List.of("张伟", "华东销售部")));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("姓名,部门\r\n张伟,华东销售部\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(Csv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void defusesCellsThatASpreadsheetWouldEvaluate() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+8613800000000")).isEqualTo("'+8613800000000");
        assertThat(Csv.cell("-1")).isEqualTo("'-1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("13800000000")).isEqualTo("13800000000");
    }

    @Test
    void aRowWithAnEmbeddedLineBreakStaysOneRecord() {
        byte[] bytes = Csv.write(List.of("a", "b"), List.of(List.of("x\ny", "z")));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("a,b\r\n\"x\ny\",z\r\n");
    }
}
