package org.atrium.crm.impl.internal.match;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of names, for search by initials (首字母, e.g. hdgt for 华东钢铁) and for homophone duplicates.
 * Readings come from pinyin4j's dictionary (embedded in this bundle). For a character with several
 * readings pinyin4j lists one first; words where that is wrong in company and place names
 * (重庆, 银行, 重工 …) and characters usually read otherwise in names (长, 厦, 藏 …) are read from
 * small tables first. Why pinyin4j: a plain Maven Central jar (BSD), no dependencies, a complete
 * GB2312+ dictionary; a hand-written table of ~7,000 characters would be larger and less complete.
 */
public final class Pinyin {

    private static final Map<String, String[]> WORDS = new LinkedHashMap<>();
    /** Characters whose usual reading in company and place names is not pinyin4j's first one. */
    private static final Map<Character, String> CHARS = Map.of('长', "chang", '厦', "xia", '藏', "zang", '乐', "le",
            '朝', "chao", '广', "guang");

    static {
        word("重庆", "chong", "qing");
        word("银行", "yin", "hang");
        word("长沙", "chang", "sha");
        word("长春", "chang", "chun");
        word("长城", "chang", "cheng");
        word("长江", "chang", "jiang");
        word("厦门", "xia", "men");
        word("重工", "zhong", "gong");
        word("蚌埠", "beng", "bu");
        word("六安", "lu", "an");
        word("乐山", "le", "shan");
        word("音乐", "yin", "yue");
        word("行业", "hang", "ye");
    }

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();

    public Pinyin() {
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private static void word(String word, String... syllables) {
        WORDS.put(word, syllables);
    }

    /** @return the first letter of each syllable; Latin letters and digits kept (lower case); others dropped */
    public String initials(String text) {
        StringBuilder out = new StringBuilder();
        forEachSyllable(text, syllable -> out.append(syllable.charAt(0)));
        return out.toString();
    }

    /** @return the syllables joined without separators, e.g. huadonggangtie */
    public String full(String text) {
        StringBuilder out = new StringBuilder();
        forEachSyllable(text, out::append);
        return out.toString();
    }

    private void forEachSyllable(String text, java.util.function.Consumer<String> sink) {
        if (text == null) {
            return;
        }
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        int i = 0;
        while (i < s.length()) {
            String[] known = wordAt(s, i);
            if (known != null) {
                for (String syllable : known) {
                    sink.accept(syllable);
                }
                i += known.length;
                continue;
            }
            char c = s.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    sink.accept(String.valueOf(Character.toLowerCase(c)));
                }
            } else {
                String reading = reading(c);
                if (reading != null) {
                    sink.accept(reading);
                }
            }
            i++;
        }
    }

    private static String[] wordAt(String s, int i) {
        for (Map.Entry<String, String[]> e : WORDS.entrySet()) {
            if (s.startsWith(e.getKey(), i)) {
                return e.getValue();
            }
        }
        return null;
    }

    private String reading(char c) {
        String preferred = CHARS.get(c);
        if (preferred != null) {
            return preferred;
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (readings == null || readings.length == 0) {
                return Character.isLetterOrDigit(c) ? String.valueOf(c).toLowerCase(Locale.ROOT) : null;
            }
            return readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
