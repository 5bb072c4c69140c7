package org.atrium.platform.core.internal.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Realistic Chinese names with pinyin logins, drawn from a seeded random source. */
final class DemoNames {

    /** A person's name and login. */
    record Person(String name, String login) {
    }

    private static final List<String[]> SURNAMES = List.of(
            new String[] {"王", "wang"}, new String[] {"李", "li"}, new String[] {"张", "zhang"},
            new String[] {"刘", "liu"}, new String[] {"陈", "chen"}, new String[] {"杨", "yang"},
            new String[] {"黄", "huang"}, new String[] {"赵", "zhao"}, new String[] {"吴", "wu"},
            new String[] {"周", "zhou"}, new String[] {"徐", "xu"}, new String[] {"孙", "sun"},
            new String[] {"马", "ma"}, new String[] {"朱", "zhu"}, new String[] {"胡", "hu"},
            new String[] {"郭", "guo"}, new String[] {"何", "he"}, new String[] {"林", "lin"},
            new String[] {"罗", "luo"}, new String[] {"高", "gao"}, new String[] {"郑", "zheng"},
            new String[] {"梁", "liang"}, new String[] {"谢", "xie"}, new String[] {"宋", "song"});

    private static final List<String[]> GIVEN_NAMES = List.of(
            new String[] {"伟", "wei"}, new String[] {"芳", "fang"}, new String[] {"娜", "na"},
            new String[] {"敏", "min"}, new String[] {"静", "jing"}, new String[] {"丽", "li"},
            new String[] {"强", "qiang"}, new String[] {"磊", "lei"}, new String[] {"洋", "yang"},
            new String[] {"艳", "yan"}, new String[] {"勇", "yong"}, new String[] {"军", "jun"},
            new String[] {"杰", "jie"}, new String[] {"娟", "juan"}, new String[] {"涛", "tao"},
            new String[] {"明", "ming"}, new String[] {"超", "chao"}, new String[] {"秀英", "xiuying"},
            new String[] {"霞", "xia"}, new String[] {"平", "ping"}, new String[] {"刚", "gang"},
            new String[] {"建华", "jianhua"}, new String[] {"志强", "zhiqiang"}, new String[] {"海燕", "haiyan"},
            new String[] {"晓东", "xiaodong"}, new String[] {"婷", "ting"}, new String[] {"雪梅", "xuemei"},
            new String[] {"国栋", "guodong"}, new String[] {"文博", "wenbo"}, new String[] {"欣怡", "xinyi"},
            new String[] {"子轩", "zixuan"}, new String[] {"浩然", "haoran"}, new String[] {"思远", "siyuan"},
            new String[] {"佳怡", "jiayi"}, new String[] {"宇航", "yuhang"}, new String[] {"梓涵", "zihan"});

    private final Random random;
    private final Map<String, Integer> loginsTaken = new HashMap<>();

    DemoNames(Random random) {
        this.random = random;
        loginsTaken.put("admin", 1);
    }

    /** @return the next person; a login already given gets a number, e.g. {@code zhangwei2} */
    Person next() {
        String[] surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String[] given = GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
        String base = surname[1] + given[1];
        int n = loginsTaken.merge(base, 1, Integer::sum);
        return new Person(surname[0] + given[0], n == 1 ? base : base + n);
    }
}
