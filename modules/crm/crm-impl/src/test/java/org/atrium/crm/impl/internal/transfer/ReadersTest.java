package org.atrium.crm.impl.internal.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadersTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void csvQuotingEmbeddedCommasQuotesAndLineBreaks() {
        Table t = CsvReader.parse("名称,备注\r\n\"上海, 华东\",\"他说\"\"好\"\"\"\n\"两行\n文本\",x\n", 100);
        assertThat(t.lines()).extracting(Table.Line::cells).containsExactly(List.of("名称", "备注"),
                List.of("上海, 华东", "他说\"好\""), List.of("两行\n文本", "x"));
        assertThat(t.lines()).extracting(Table.Line::number).containsExactly(1, 2, 3);
    }

    @Test
    void blankLinesAreSkippedButRowNumbersKept() {
        Table t = CsvReader.parse("a,b\n\n , \nx,y\r\n\r\n", 100);
        assertThat(t.lines()).extracting(Table.Line::number).containsExactly(1, 4);
        assertThat(t.lines().get(1).cell(5)).isEmpty();
    }

    @Test
    void lastLineWithoutLineBreakAndTrimmedCells() {
        assertThat(CsvReader.parse("a , b\n c,d", 100).lines()).extracting(Table.Line::cells)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void limitStopsReading() {
        assertThat(CsvReader.parse("a\nb\nc\nd\n", 2).lines()).hasSize(2);
    }

    @Test
    void utf8WithAndWithoutBomAndGb18030() {
        byte[] text = "客户名称,省份\n华为,广东\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        byte[] gb = "客户名称,省份\n华为,广东\n".getBytes(CsvReader.GB18030);
        for (byte[] bytes : List.of(text, withBom, gb)) {
            assertThat(CsvReader.read(bytes, 10).lines().get(0).cells()).containsExactly("客户名称", "省份");
            assertThat(CsvReader.read(bytes, 10).lines().get(1).cells()).containsExactly("华为", "广东");
        }
    }

    @Test
    void xlsxRoundTripThroughTheWriter() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter w = new XlsxWriter(out, "客户", List.of("客户名称", "手机", "关系"))) {
            w.row(Arrays.asList("上海华东钢铁", "13800138000", 3));
            w.row(Arrays.asList(null, null, null));
            w.row(Arrays.asList("广州\"南方\", 物流", null, 4.0));
            assertThat(w.rows()).isEqualTo(3);
        }
        byte[] bytes = out.toByteArray();
        assertThat(XlsxReader.looksLikeXlsx(bytes)).isTrue();
        Table t = XlsxReader.read(bytes, 100);
        assertThat(t.lines()).extracting(Table.Line::number).containsExactly(1, 2, 4);
        assertThat(t.lines().get(0).cells()).containsExactly("客户名称", "手机", "关系");
        assertThat(t.lines().get(1).cells()).containsExactly("上海华东钢铁", "13800138000", "3");
        assertThat(t.lines().get(2).cell(0)).isEqualTo("广州\"南方\", 物流");
        assertThat(t.lines().get(2).cell(2)).isEqualTo("4");
    }

    @Test
    void csvIsNotMistakenForXlsx() {
        assertThat(XlsxReader.looksLikeXlsx("PK,x".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
