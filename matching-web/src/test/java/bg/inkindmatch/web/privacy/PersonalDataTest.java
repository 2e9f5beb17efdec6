package bg.inkindmatch.web.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @Test
    void recognisesAValidPersonalNumberByItsDateAndCheckDigit() {
        assertThat(PersonalData.isEgn("7501020018")).isTrue();
        assertThat(PersonalData.isEgn("7552010005")).as("born in 2075: month + 40").isTrue();
        assertThat(PersonalData.isEgn("7501020010")).as("wrong check digit").isFalse();
        assertThat(PersonalData.isEgn("7513020018")).as("month 13").isFalse();
        assertThat(PersonalData.isEgn("750102001")).as("nine digits").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Клиентка с ЕГН 7501020018", "ЕГН:7501020018.", "7552010005"})
    void findsPersonalNumbers(String text) {
        assertThat(PersonalData.find(text)).contains(PersonalData.Kind.EGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Обадете се на 0888 123 456", "тел. 082/82 12 34", "+359 88 812 3456", "+359888123456",
            "0035988123456"})
    void findsPhoneNumbers(String text) {
        assertThat(PersonalData.find(text)).contains(PersonalData.Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"пишете на maria.ivanova@abv.bg", "Contact: someone+tag@example.org"})
    void findsEmailAddresses(String text) {
        assertThat(PersonalData.find(text)).contains(PersonalData.Kind.EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25 пакета хигиенни материали", "Комплекти за 2026 година", "10 места, 40 часа",
            "Размер 104-110 см", "", "   ", "Пакети до 15.12.2026", "код 1234567890 на продукт"})
    void leavesTextAboutThingsAlone(String text) {
        assertThat(PersonalData.find(text)).isEmpty();
    }
}
