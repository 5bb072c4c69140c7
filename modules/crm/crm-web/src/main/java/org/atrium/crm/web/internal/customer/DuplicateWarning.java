package org.atrium.crm.web.internal.customer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.atrium.crm.api.customer.DuplicateMatch;
import org.atrium.crm.web.internal.Texts;

/**
 * The 撞单 warning the customer form shows while the user types: who holds a matching customer
 * (company and owner) and nothing else — not the customer's name or data, which the user may not
 * be allowed to see.
 */
public final class DuplicateWarning {

    private DuplicateWarning() {
    }

    /**
     * @return one line per distinct holder, certain matches first, e.g.
     *         「该客户已由 华东销售公司 的 张伟 跟进」; empty when nothing matched
     */
    public static List<String> lines(Texts texts, List<DuplicateMatch> matches) {
        Set<String> lines = new LinkedHashSet<>();
        matches.stream().filter(DuplicateMatch::isCertain)
                .forEach(m -> lines.add(texts.get("duplicate.certain", holder(m.holderCompany()), holder(m.holderOwnerName()))));
        matches.stream().filter(m -> !m.isCertain())
                .forEach(m -> lines.add(texts.get("duplicate.similar", holder(m.holderCompany()), holder(m.holderOwnerName()))));
        return List.copyOf(lines);
    }

    /** @return whether saving will certainly be refused by the service */
    public static boolean blocks(List<DuplicateMatch> matches) {
        return matches.stream().anyMatch(DuplicateMatch::isCertain);
    }

    private static String holder(String name) {
        return name == null || name.isBlank() ? "—" : name;
    }
}
