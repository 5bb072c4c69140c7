package org.atrium.bench.crm;

import java.util.Random;

import org.atrium.crm.impl.internal.match.CreditCodes;

/**
 * Realistic Chinese company and person names for a million customers, in the style of the demo data
 * (city + brand + industry word + legal form, e.g. 杭州恒瑞精密机械有限公司). The demo's own generator
 * (crm-impl's package-private {@code DemoNames}) holds 2,520 distinct names; here brands are two
 * characters drawn from a larger set, which gives tens of millions of combinations, so prefixes are
 * about as selective as in real customer masters. Credit codes get a correct check character from
 * crm-impl's {@link CreditCodes}.
 */
final class Names {

    /** Province, its cities and an administrative division code per city; the index is the "region". */
    static final String[][][] REGIONS = {
        {{"上海市"}, {"上海"}, {"310115"}},
        {{"浙江省"}, {"杭州", "宁波", "温州", "绍兴", "嘉兴"}, {"330106", "330203", "330302", "330602", "330402"}},
        {{"江苏省"}, {"苏州", "南京", "无锡", "常州", "南通"}, {"320505", "320106", "320214", "320411", "320602"}},
        {{"广东省"}, {"广州", "深圳", "东莞", "佛山", "珠海"}, {"440106", "440305", "441900", "440604", "440402"}},
        {{"福建省"}, {"厦门", "福州", "泉州"}, {"350203", "350102", "350502"}},
        {{"北京市"}, {"北京"}, {"110105"}},
        {{"天津市"}, {"天津"}, {"120116"}},
        {{"河北省"}, {"石家庄", "唐山", "保定"}, {"130102", "130203", "130602"}},
        {{"山东省"}, {"济南", "青岛", "烟台", "潍坊"}, {"370102", "370212", "370602", "370702"}},
        {{"四川省"}, {"成都", "绵阳"}, {"510104", "510703"}},
        {{"重庆市"}, {"重庆"}, {"500103"}},
        {{"湖北省"}, {"武汉", "宜昌"}, {"420106", "420502"}}};

    private static final String BRAND_CHARS = "恒瑞华信金泰宏达永鑫德润中科海天丰远航鼎盛振成新宇博明阳正长青东方嘉禾富通晨光汇"
            + "利民世鸿运卓越锦程同创广源和凯宝星河联安誉佳伟业隆基启昌众合万国锐精工汉邦骏银桥立润泽瀚益天奥图康致"
            + "亿诚祥瑞兴发荣旺顺达隆盈泓峰岳川澜霖舜禹尧商周秦唐宋元明清龙凤麒麟云霄蓝海晶硕腾飞驰骋胜捷迅";
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
    private static final String[] TITLES = {"总经理", "副总经理", "采购经理", "采购专员", "技术总监", "财务经理", "工程师",
        "项目经理", "董事长", "行政主管"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "135", "136", "137", "138", "139", "150", "151",
        "158", "159", "166", "177", "180", "181", "186", "187", "188", "189", "199"};

    /** One generated company. */
    record Company(String name, String shortName, String industry, String province, String city, String division) {
    }

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    /** @return a company in the region (index into {@link #REGIONS}); one in five has no city prefix */
    Company company(int region) {
        String[][] r = REGIONS[region];
        int c = random.nextInt(r[1].length);
        String city = r[1][c];
        String brand = "" + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()))
                + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
        String[] industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
        String legal = LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
        String name = random.nextInt(5) == 0 ? brand + industry[0] + "（" + city + "）" + legal
                : city + brand + industry[0] + legal;
        String shortName = brand + industry[0].substring(Math.max(0, industry[0].length() - 2));
        return new Company(name, shortName, industry[1], r[0][0], city.endsWith("市") ? city : city + "市", r[2][c]);
    }

    /** @return a valid unified social credit code registered in the division (random, so practically unique) */
    String creditCode(String division) {
        StringBuilder code = new StringBuilder("91").append(division);
        for (int i = 0; i < 9; i++) {
            code.append(i < 8 && random.nextInt(4) > 0 ? (char) ('0' + random.nextInt(10))
                    : CreditCodes.ALPHABET_PUBLIC.charAt(random.nextInt(CreditCodes.ALPHABET_PUBLIC.length())));
        }
        return code.append(CreditCodes.checkCharacter(code.toString())).toString();
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

    String title() {
        return TITLES[random.nextInt(TITLES.length)];
    }

    /** @return a mainland mobile number (random, rarely repeated) */
    String mobile() {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }
}
