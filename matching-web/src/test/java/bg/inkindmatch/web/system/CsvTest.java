package bg.inkindmatch.web.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV file opens in the reader's spreadsheet, and a cell never becomes a formula there,
 * however the text is broken up.
 */
class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            value = { "=HYPERLINK(\"http://x\";\"a\")|\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")\"", "+1+1|\"'+1+1\"",
                    "-2+3|\"'-2+3\"", "@SUM(A1)|\"'@SUM(A1)\"", "＝1+1|\"'＝1+1\"",
                    "Хигиенни пакети|\"Хигиенни пакети\"" })
    void neutralisesFormulas(String value, String cell) {
        assertThat(Csv.cell(value)).isEqualTo(cell);
    }

    @Test
    void aBulgarianFileSeparatesWithSemicolonsAndAnEnglishOneWithCommasBothWithAByteOrderMark() {
        List<List<String>> lines = List.of(List.of("Дата", "Бройки"), List.of("25.12.2026", "20"));

        byte[] bulgarian = Csv.file(lines, Locale.forLanguageTag("bg"));
        byte[] english = Csv.file(lines, Locale.ENGLISH);

        assertThat(bulgarian).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bulgarian, StandardCharsets.UTF_8))
            .isEqualTo("\uFEFF\"Дата\";\"Бройки\"\r\n\"25.12.2026\";\"20\"\r\n");
        assertThat(new String(english, StandardCharsets.UTF_8))
            .isEqualTo("\uFEFF\"Дата\",\"Бройки\"\r\n\"25.12.2026\",\"20\"\r\n");
    }

    @Test
    void numbersHaveTheDecimalSeparatorOfTheLanguageAndNoGrouping() {
        assertThat(Csv.number(12500, Locale.forLanguageTag("bg"))).isEqualTo("12500");
        assertThat(Csv.number(3.5, Locale.forLanguageTag("bg"))).isEqualTo("3,5");
        assertThat(Csv.number(3.5, Locale.ENGLISH)).isEqualTo("3.5");
    }

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\"\n,\"a\")", "\n=1+1", "\t=1+1", "\r\n@x", "  =1+1", "\u00A0=1+1" })
    void neutralisesFormulasWithLineBreaksInside(String value) {
        assertThat(Csv.cell(value)).startsWith("\"'");
    }

}
