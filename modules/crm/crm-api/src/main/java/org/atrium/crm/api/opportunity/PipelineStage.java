package org.atrium.crm.api.opportunity;

/**
 * One stage of the sales pipeline, configured by an admin.
 *
 * @param code        a stable code, e.g. {@code QUALIFY}
 * @param nameZh      the Chinese name, e.g. 需求确认
 * @param nameEn      the English name
 * @param probability win probability in percent, 0 to 100 (100 for {@link StageKind#WON}, 0 for
 *                    {@link StageKind#LOST})
 * @param order       position in the funnel, lower first; open stages come before the closing ones
 * @param kind        open, won or lost
 */
public record PipelineStage(String code, String nameZh, String nameEn, int probability, int order, StageKind kind) {

    /** @return the name in the language of the locale */
    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
