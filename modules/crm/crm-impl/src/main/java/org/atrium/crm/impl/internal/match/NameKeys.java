package org.atrium.crm.impl.internal.match;

/**
 * The derived search and matching keys of a company name, stored beside the name so that the
 * database can find candidates by index.
 *
 * @param normalised     {@link CompanyNames#normalise}
 * @param core           {@link CompanyNames#core}
 * @param regionPrefixed whether the name started with a province/city
 * @param pinyin         full pinyin of the core name (homophones)
 * @param initials       pinyin initials of the whole name, for search (首字母)
 */
public record NameKeys(String normalised, String core, boolean regionPrefixed, String pinyin, String initials) {

    /** @return the keys of a name */
    public static NameKeys of(String name, Pinyin pinyin) {
        String core = CompanyNames.core(name);
        return new NameKeys(CompanyNames.normalise(name), core, CompanyNames.hasRegionPrefix(name), pinyin.full(core),
                pinyin.initials(CompanyNames.normalise(name)));
    }
}
