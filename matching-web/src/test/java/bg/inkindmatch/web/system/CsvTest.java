package bg.inkindmatch.web.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV cell never becomes a formula in a spreadsheet, however the text is broken up.
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

    @ParameterizedTest
    @ValueSource(strings = { "=HYPERLINK(\"http://x\"\n,\"a\")", "\n=1+1", "\t=1+1", "\r\n@x", "  =1+1", "\u00A0=1+1" })
    void neutralisesFormulasWithLineBreaksInside(String value) {
        assertThat(Csv.cell(value)).startsWith("\"'");
    }

}
