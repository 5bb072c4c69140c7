package org.atrium.crm.impl.internal.lead;

import java.util.List;

/** Province and city names compared without 省/市/自治区: 广东省 = 广东, 上海市 = 上海. */
final class RegionNames {

    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省", "市");

    private RegionNames() {
    }

    static String bare(String region) {
        String r = region.trim();
        for (String suffix : SUFFIXES) {
            if (r.length() >= suffix.length() + 2 && r.endsWith(suffix)) {
                return r.substring(0, r.length() - suffix.length());
            }
        }
        return r;
    }
}
