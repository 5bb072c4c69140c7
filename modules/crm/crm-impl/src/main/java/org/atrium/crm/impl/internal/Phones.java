package org.atrium.crm.impl.internal;

import java.util.regex.Pattern;

/** Mainland phone numbers and e-mail addresses as contacts and leads carry them. */
public final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?|[48]00-?\\d{3}-?\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Phones() {
    }

    /** @return the mobile number as 11 digits (spaces, dashes and a +86/86 prefix removed), or {@code null} if invalid */
    public static String mobile(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    /** @return whether the text is a landline such as 021-12345678, 0755-1234567-801 or 400-123-4567 */
    public static boolean isLandline(String text) {
        return LANDLINE.matcher(text.replace(" ", "")).matches();
    }

    /** @return whether the text looks like an e-mail address */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text).matches();
    }
}
