package org.atrium.crm.impl.internal.match;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Province and major city names that often prefix a company name (上海…有限公司, 深圳市…). Used to
 * compare names without their region and to match leads to region rules.
 */
final class Regions {

    private static final List<String> PROVINCES = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁",
            "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南",
            "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
            "澳门");
    private static final List<String> CITIES = List.of("深圳", "广州", "苏州", "杭州", "南京", "武汉", "成都", "西安",
            "宁波", "青岛", "厦门", "大连", "沈阳", "长沙", "郑州", "济南", "合肥", "福州", "无锡", "东莞", "佛山",
            "昆明", "哈尔滨", "长春", "石家庄", "太原", "南昌", "南宁", "贵阳", "兰州", "乌鲁木齐", "呼和浩特", "银川",
            "西宁", "拉萨", "海口", "珠海", "温州", "常州", "徐州", "烟台", "唐山", "绍兴", "嘉兴", "台州", "泉州",
            "潍坊", "洛阳", "襄阳", "宜昌", "芜湖", "扬州", "南通", "盐城", "镇江", "中山", "惠州", "江门");
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省", "市");
    /** Longest first, so that 黑龙江 wins over shorter names and 石家庄 is not cut as 石. */
    private static final List<String> NAMES = Stream.concat(PROVINCES.stream(), CITIES.stream())
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Regions() {
    }

    /**
     * @param text a normalised name
     * @return the length of the region prefix (name plus 省/市/自治区 if present), 0 when none
     */
    static int prefixLength(String text) {
        int total = 0;
        // a province may be followed by a city: 广东省深圳市…
        for (int round = 0; round < 2; round++) {
            int found = matchAt(text, total);
            if (found == 0) {
                break;
            }
            total += found;
        }
        return total;
    }

    private static int matchAt(String text, int start) {
        for (String name : NAMES) {
            if (text.startsWith(name, start)) {
                int end = start + name.length();
                for (String suffix : SUFFIXES) {
                    if (text.startsWith(suffix, end)) {
                        return end + suffix.length() - start;
                    }
                }
                return name.length();
            }
        }
        return 0;
    }

    /** @return a province or city without 省/市/自治区, e.g. 广东省 → 广东; {@code null} stays {@code null} */
    static String bare(String region) {
        if (region == null) {
            return null;
        }
        String r = region.trim();
        for (String suffix : SUFFIXES) {
            if (r.length() > suffix.length() + 1 && r.endsWith(suffix)) {
                return r.substring(0, r.length() - suffix.length());
            }
        }
        return r;
    }
}
