package bg.inkindmatch.web.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check digits of the unified identification code, with codes worked out by hand: a
 * weighted sum of 10 is weighed again, so a naive "10 means 0" would pass 050000000.
 */
class EikValidatorTest {

    private final EikValidator validator = new EikValidator();

    @ParameterizedTest
    @ValueSource(strings = { "123456786", "050000009", "831641791", "1234567860001", "", "  " })
    void acceptsRightCheckDigitsAndNothing(String code) {
        assertThat(validator.isValid(code, null)).as(code).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "123456780", "050000000", "1234567860002", "1234567800001", "12345678", "12345678A",
            "1234567890", "１２３４５６７８６" })
    void refusesWrongCheckDigitsLengthsAndOtherCharacters(String code) {
        assertThat(validator.isValid(code, null)).as(code).isFalse();
    }

}
