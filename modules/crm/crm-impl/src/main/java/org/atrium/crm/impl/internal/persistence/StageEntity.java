package org.atrium.crm.impl.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.atrium.crm.api.opportunity.PipelineStage;
import org.atrium.crm.api.opportunity.StageKind;

/** A pipeline stage; the changelog seeds the default pipeline. */
@Entity
@Table(name = "CRM_PIPELINE_STAGE")
public class StageEntity {
    @Id @Column(name = "CODE") private String code;
    @Column(name = "NAME_ZH") private String nameZh;
    @Column(name = "NAME_EN") private String nameEn;
    @Column(name = "PROBABILITY") private int probability;
    @Column(name = "SORT_ORDER") private int order;
    @Enumerated(EnumType.STRING) @Column(name = "STAGE_KIND") private StageKind kind;

    protected StageEntity() {
    }

    public StageEntity(PipelineStage stage) {
        this.code = stage.code();
        apply(stage);
    }

    /** Copies every field but the code. */
    public void apply(PipelineStage stage) {
        this.nameZh = stage.nameZh();
        this.nameEn = stage.nameEn();
        this.probability = stage.probability();
        this.order = stage.order();
        this.kind = stage.kind();
    }

    public String getCode() { return code; }

    public PipelineStage toStage() {
        return new PipelineStage(code, nameZh, nameEn, probability, order, kind);
    }
}
