package bg.inkindmatch.web.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    @Test
    void recognisesAValidPersonalNumberByItsDateAndCheckDigit() {
        assertThat(PersonalData.isEgn("7501020018")).isTrue();
        assertThat(PersonalData.isEgn("7552010005")).as("born in 2075: month + 40").isTrue();
        assertThat(PersonalData.isEgn("7501020010")).as("wrong check digit").isFalse();
        assertThat(PersonalData.isEgn("7513020018")).as("month 13").isFalse();
        assertThat(PersonalData.isEgn("750102001")).as("nine digits").isFalse();
    }

    /** Every case of {@code personal-data-cases.tsv}: the guard gives its verdict. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void givesTheVerdictOfEveryCaseInTheFile(String verdict, String text) {
        Optional<PersonalData.Kind> expected = "NONE".equals(verdict) ? Optional.empty()
                : Optional.of(PersonalData.Kind.valueOf(verdict));
        assertThat(PersonalData.find(unescape(text))).isEqualTo(expected);
    }

    static Stream<Arguments> cases() {
        try (InputStream in = PersonalDataTest.class.getResourceAsStream("/privacy/personal-data-cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", 2))
                .map(parts -> Arguments.of(parts[0], parts[1]))
                .toList()
                .stream();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String text) {
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(plain,
                    Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(plain).toString();
    }

    /**
     * The false-refusal rate on texts as members write them ({@code post-texts.txt}) and
     * on the case file's texts that must pass: printed, and it must be zero on these.
     */
    @Test
    void refusesNoneOfTheTextsMembersWriteAboutThings() throws IOException {
        List<String> texts = new java.util.ArrayList<>();
        try (InputStream in = PersonalDataTest.class.getResourceAsStream("/privacy/post-texts.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(texts::add);
        }
        cases().map(Arguments::get)
            .filter(arguments -> "NONE".equals(arguments[0]))
            .forEach(arguments -> texts.add(unescape((String) arguments[1])));
        List<String> refused = texts.stream().filter(text -> PersonalData.find(text).isPresent()).toList();

        System.out.printf("personal-data guard: %d of %d texts about things refused (%.1f %%)%n", refused.size(),
                texts.size(), 100.0 * refused.size() / texts.size());
        assertThat(refused).isEmpty();
    }

    @Test
    void leavesEmptyTextAlone() {
        assertThat(PersonalData.find("")).isEmpty();
        assertThat(PersonalData.find("   ")).isEmpty();
        assertThat(PersonalData.find(null)).isEmpty();
    }

    @Test
    void looksAtHostileTextInTimeLinearInItsLength() {
        // each of these took seconds to minutes with the old pattern: quadratic
        // backtracking under find()
        String[] hostile = { "a".repeat(PersonalData.MAX_EXAMINED), "a.".repeat(PersonalData.MAX_EXAMINED / 2),
                "@a".repeat(PersonalData.MAX_EXAMINED / 2), "1 ".repeat(PersonalData.MAX_EXAMINED / 2),
                "@[".repeat(PersonalData.MAX_EXAMINED / 2), "a@a.".repeat(PersonalData.MAX_EXAMINED / 4),
                "0-".repeat(PersonalData.MAX_EXAMINED / 2), " at ".repeat(PersonalData.MAX_EXAMINED / 4) };
        for (String text : hostile) {
            long start = System.nanoTime();
            PersonalData.find(text);
            // a generous bound for a slow CI machine; the quadratic version needed over
            // 10 s for these
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %s...", text.substring(0, 8))
                .isLessThan(2_000);
        }
    }

}
