package org.atrium.crm.impl.internal.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    /** Codes of well-known companies as printed on their business licences. */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100799655058B", "91110108551385082Q"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @Test
    void checkCharacterFollowsTheStandardArithmetic() {
        // 9,1,4,4,0,3,0,0,1,9,2,2,0,3,8,2,1 × weights = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831
        // 831 mod 31 = 25, 31 - 25 = 6
        assertThat(CreditCodes.checkCharacter("91440300192203821")).isEqualTo('6');
    }

    @Test
    void remainderZeroGivesCheckZero() {
        // find a prefix whose weighted sum is a multiple of 31 by varying the last body character
        String base = "9132010000000000";
        boolean seen = false;
        for (char c : CreditCodes.ALPHABET.toCharArray()) {
            String first17 = base + c;
            char check = CreditCodes.checkCharacter(first17);
            assertThat(CreditCodes.isValid(first17 + check)).isTrue();
            seen |= check == '0';
        }
        assertThat(seen).as("some 17th character yields check 0 (31 mapped to 0)").isTrue();
    }

    @Test
    void computedCodesValidateAndEveryCorruptionIsCaught() {
        String first17 = "91310115MA1K4ABC1";
        String code = first17 + CreditCodes.checkCharacter(first17);
        assertThat(CreditCodes.isValid(code)).isTrue();
        for (int pos = 0; pos < 18; pos++) {
            for (char c : CreditCodes.ALPHABET.toCharArray()) {
                if (c == code.charAt(pos)) {
                    continue;
                }
                String corrupted = code.substring(0, pos) + c + code.substring(pos + 1);
                assertThat(CreditCodes.isValid(corrupted)).as(corrupted).isFalse();
            }
        }
    }

    @Test
    void swappedNeighboursAreCaught() {
        String code = "914403001922038216";
        String swapped = "914403001922083216";
        assertThat(CreditCodes.isValid(swapped)).isFalse();
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91440300192203821", "9144030019220382166", "91440300I92203821O",
            "9144030O1922038216", "91440300S922038216", "91AB0300192203821X", "914403001922038217"})
    void malformedOrWrongCodesAreInvalid(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void normalisationAcceptsLowerCaseFullWidthAndSpaces() {
        assertThat(CreditCodes.isValid(" 9144030071526726xg ")).isTrue();
        assertThat(CreditCodes.normalise("９１４４０３００７１５２６７２６ＸＧ")).isEqualTo("9144030071526726XG");
        assertThat(CreditCodes.normalise("   ")).isNull();
        assertThat(CreditCodes.isValid(null)).isFalse();
    }

    @Test
    void checkCharacterRejectsBadInput() {
        assertThatThrownBy(() -> CreditCodes.checkCharacter("123")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCodes.checkCharacter("9144030019220382I"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
