package org.atrium.crm.api.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClassificationContractTest {

    @Test
    void filterDropsBlankClassificationValuesAndKeepsTheCity() {
        Map<String, String> chosen = new HashMap<>();
        chosen.put("SCALE", " LARGE ");
        chosen.put("SEGMENT", " ");
        chosen.put("MODE", null);
        CustomerFilter f = CustomerFilter.all().withCity("苏州市").withClassifications(chosen);
        assertThat(f.classifications()).containsExactly(Map.entry("SCALE", "LARGE"));
        assertThat(f.city()).isEqualTo("苏州市");
        assertThat(CustomerFilter.all().classifications()).isEmpty();
    }

    @Test
    void draftKeepsNullForUnchangedAndNullValuesForCleared() {
        assertThat(CustomerDraft.of("华东钢铁", CustomerType.ENTERPRISE).classifications()).isNull();
        Map<String, String> clear = new HashMap<>();
        clear.put("SCALE", null);
        CustomerDraft d = CustomerDraft.of("华东钢铁", CustomerType.ENTERPRISE).withClassifications(clear)
                .withRegion("江苏省", "苏州市");
        assertThat(d.classifications()).containsEntry("SCALE", null);
    }

    @Test
    void customerAnswersTheValueOfADimension() {
        Customer c = new Customer(1, "C1", "华东钢铁", null, null, null, null, null, CustomerType.ENTERPRISE, null,
                LifecycleStage.PROSPECT, null, null, 1, 1, null, List.of(), "hdgt", Instant.EPOCH, Instant.EPOCH, 0,
                List.of(new Classification("SCALE", "客户规模", "LARGE", "大型", false)));
        assertThat(c.classification("SCALE")).isEqualTo("LARGE");
        assertThat(c.classification("MODE")).isNull();
        assertThat(c.classificationCodes()).containsExactly(Map.entry("SCALE", "LARGE"));
    }
}
