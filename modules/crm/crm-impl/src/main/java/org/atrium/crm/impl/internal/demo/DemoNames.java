package org.atrium.crm.impl.internal.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.atrium.crm.impl.internal.match.CreditCodes;

/**
 * Realistic Chinese demo names drawn from one seeded {@link Random}: company names as region + brand
 * word + industry word + legal form (上海恒瑞精密机械有限公司), unified social credit codes with a
 * correct check character, people's names and mainland mobile numbers. Every brand/industry pair is
 * used once, so no two demo companies are duplicates of each other by the CRM's own rules.
 */
final class DemoNames {

    /** A region a subsidiary sells in: province, its cities and their administrative division codes. */
    record Region(String province, String[] cities, String[] divisions) {
    }

    /** One company name and its parts. */
    record Company(String name, String shortName, String brand, String industryWord, String industry,
            String province, String city, String division) {
    }

    static final Region[] EAST = {
        new Region("上海市", new String[] {"上海"}, new String[] {"310115"}),
        new Region("浙江省", new String[] {"杭州", "宁波", "温州"}, new String[] {"330106", "330203", "330302"}),
        new Region("江苏省", new String[] {"苏州", "南京", "无锡"}, new String[] {"320505", "320106", "320214"})};
    static final Region[] SOUTH = {
        new Region("广东省", new String[] {"广州", "深圳", "东莞", "佛山"}, new String[] {"440106", "440305", "441900", "440604"}),
        new Region("福建省", new String[] {"厦门", "福州"}, new String[] {"350203", "350102"})};
    static final Region[] NORTH = {
        new Region("北京市", new String[] {"北京"}, new String[] {"110105"}),
        new Region("天津市", new String[] {"天津"}, new String[] {"120116"}),
        new Region("河北省", new String[] {"石家庄", "唐山"}, new String[] {"130102", "130203"}),
        new Region("山东省", new String[] {"济南", "青岛"}, new String[] {"370102", "370212"})};

    private static final String[] BRANDS = {"恒瑞", "华信", "金泰", "宏达", "永鑫", "德润", "中科", "海天", "瑞丰",
        "远航", "鼎盛", "华振", "天成", "新宇", "博远", "明阳", "正泰", "长青", "东方", "嘉禾", "富通", "晨光", "汇丰",
        "利民", "盛世", "鸿运", "卓越", "锦程", "同创", "广源", "泰和", "华宇", "凯达", "宝鼎", "通达", "振华", "星河",
        "联创", "安泰", "誉达", "佳和", "伟业", "隆基", "启明", "昌盛", "众合", "万通", "国泰", "新锐", "精工", "汉邦",
        "骏马", "银河", "金桥", "华远", "立信", "润泽", "科达", "瀚海", "益丰", "中联", "天润", "奥博", "宏图", "恒通",
        "宇航", "华创", "瑞康", "金源", "致远"};
    /** Industry word as it appears in the name, and the industry the customer is filed under. */
    private static final String[][] INDUSTRIES = {
        {"精密机械", "机械制造"}, {"重工机械", "机械制造"}, {"数控设备", "机械制造"}, {"自动化设备", "机械制造"},
        {"新材料", "材料"}, {"钢铁贸易", "钢铁"}, {"金属制品", "钢铁"}, {"特钢", "钢铁"}, {"物流", "物流运输"},
        {"供应链管理", "物流运输"}, {"国际货运代理", "物流运输"}, {"电子科技", "电子信息"}, {"信息技术", "电子信息"},
        {"软件", "电子信息"}, {"通信设备", "电子信息"}, {"化工", "化工"}, {"精细化工", "化工"}, {"塑胶制品", "化工"},
        {"建材", "建筑建材"}, {"建设工程", "建筑建材"}, {"装饰工程", "建筑建材"}, {"医疗器械", "医疗健康"},
        {"生物医药", "医疗健康"}, {"食品", "食品饮料"}, {"饮料", "食品饮料"}, {"汽车零部件", "汽车"}, {"汽车销售服务", "汽车"},
        {"环保科技", "节能环保"}, {"新能源", "能源"}, {"电力设备", "能源"}, {"纺织", "纺织服装"}, {"服饰", "纺织服装"},
        {"包装材料", "包装印刷"}, {"印务", "包装印刷"}, {"商贸", "批发零售"}, {"农业科技", "农业"}};
    private static final String[] LEGAL_FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司",
        "有限责任公司"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
            + "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅飞鑫波宁"
            + "浩宇晨欣怡婷雪琳峰斌凯文博俊佳悦子涵一鸣海燕志远立新春晓东";
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "177", "180", "181", "182", "183", "185",
        "186", "187", "188", "189", "191", "198", "199"};

    private final Random random;
    private final List<int[]> pairs = new ArrayList<>();
    private int nextPair;
    private final Set<String> creditCodes = new HashSet<>();
    private final Set<String> mobiles = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
        for (int b = 0; b < BRANDS.length; b++) {
            for (int i = 0; i < INDUSTRIES.length; i++) {
                pairs.add(new int[] {b, i});
            }
        }
        Collections.shuffle(pairs, random);
    }

    /** @return how many distinct company names can be drawn at most */
    static int capacity() {
        return BRANDS.length * INDUSTRIES.length;
    }

    /** @return the next company name in one of the regions; never the same brand and industry twice */
    Company company(Region[] regions) {
        if (nextPair >= pairs.size()) {
            throw new IllegalStateException("demo company names exhausted");
        }
        int[] pair = pairs.get(nextPair++);
        Region region = regions[random.nextInt(regions.length)];
        int c = random.nextInt(region.cities().length);
        String city = region.cities()[c];
        String brand = BRANDS[pair[0]];
        String word = INDUSTRIES[pair[1]][0];
        String name = city + brand + word + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        String shortName = brand + word.substring(Math.max(0, word.length() - 2));
        return new Company(name, shortName, brand, word, INDUSTRIES[pair[1]][1], region.province(),
                city.endsWith("市") ? city : city + "市", region.divisions()[c]);
    }

    /**
     * @return a unique, valid unified social credit code of an enterprise (登记管理部门 9 工商, 类别 1
     *         企业) registered in the division
     */
    String creditCode(String division) {
        while (true) {
            StringBuilder code = new StringBuilder("91").append(division);
            for (int i = 0; i < 9; i++) {
                code.append(i < 8 && random.nextInt(4) > 0
                        ? (char) ('0' + random.nextInt(10))
                        : CreditCodes.ALPHABET_PUBLIC.charAt(random.nextInt(CreditCodes.ALPHABET_PUBLIC.length())));
            }
            code.append(CreditCodes.checkCharacter(code.toString()));
            if (creditCodes.add(code.toString())) {
                return code.toString();
            }
        }
    }

    /** @return a person's name: a surname and one or two given characters */
    String person() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** @return a unique mainland mobile number */
    String mobile() {
        while (true) {
            String number = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
            if (mobiles.add(number)) {
                return number;
            }
        }
    }
}
