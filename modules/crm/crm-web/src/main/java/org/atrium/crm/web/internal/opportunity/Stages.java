package org.atrium.crm.web.internal.opportunity;

import java.util.List;
import java.util.Locale;

import org.atrium.crm.api.opportunity.PipelineStage;

/** Names of the pipeline stages in one language. */
final class Stages {

    private final List<PipelineStage> stages;
    private final Locale locale;

    Stages(List<PipelineStage> stages, Locale locale) {
        this.stages = List.copyOf(stages);
        this.locale = locale;
    }

    List<PipelineStage> all() {
        return stages;
    }

    /** @return the stage's name, or its code when the pipeline no longer has it */
    String name(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst().map(s -> s.name(locale)).orElse(code);
    }
}
