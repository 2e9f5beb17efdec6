package bg.inkindmatch.web.system;

import bg.inkindmatch.core.taxonomy.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quantities, dates and numbers read as a Bulgarian or an English reader writes them,
 * from the texts of the real message bundles.
 */
class LocaleFormatsTest {

    private static final Locale BG = Locale.forLanguageTag("bg");

    private final LocaleFormats formats = new LocaleFormats(bundles(), Clock.system(ZoneId.of("Europe/Sofia")));

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @ParameterizedTest
    @CsvSource({ "1, PACK, 1 пакет, 1 pack", "20, PACK, 20 пакета, 20 packs", "10, SET, 10 комплекта, 10 sets",
            "1, SEAT, 1 място, 1 seat", "12, SEAT, 12 места, 12 seats", "2, HOUR, 2 часа, 2 hours",
            "1, POSITION, 1 позиция, 1 position", "3, POSITION, 3 позиции, 3 positions", "35, PCS, 35 бр., 35 pieces",
            "1, PCS, 1 бр., 1 piece", "5, KG, 5 кг, 5 kg", "0, PACK, 0 пакета, 0 packs" })
    void everyUnitHasItsPluralInBothLanguages(long count, Unit unit, String bulgarian, String english) {
        assertThat(formats.quantity(count, unit, BG)).isEqualTo(bulgarian);
        assertThat(formats.quantity(count, unit, Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void largeQuantitiesAreGroupedAsTheLanguageGroupsThem() {
        assertThat(formats.quantity(12500, Unit.PACK, BG)).isEqualTo("12\u00A0500 пакета");
        assertThat(formats.quantity(12500, Unit.PACK, Locale.ENGLISH)).isEqualTo("12,500 packs");
        assertThat(formats.number(1500, BG)).isEqualTo("1\u00A0500");
        assertThat(formats.decimal(4.5, BG)).isEqualTo("4,5");
        assertThat(formats.decimal(4.5, Locale.ENGLISH)).isEqualTo("4.5");
    }

    @Test
    void aUnitCodeTheBoardCarriesReadsLikeTheUnitAndAnUnknownOneAsItIs() {
        assertThat(formats.quantityOfCode(20, "pack", BG)).isEqualTo("20 пакета");
        assertThat(formats.quantityOfCode(20, "crate", BG)).isEqualTo("20 crate");
    }

    @Test
    void datesReadAsTheLanguageWritesThem() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);

        assertThat(formats.date(christmas, BG)).isEqualTo("25.12.2026");
        assertThat(formats.date(christmas, Locale.ENGLISH)).isEqualTo("25 Dec 2026");
        assertThat(formats.date((LocalDate) null, BG)).isEmpty();
    }

    @Test
    void anInstantIsShownInThePartnershipsZone() {
        Instant lateEvening = Instant.parse("2026-12-24T22:30:00Z");

        assertThat(formats.dateOf(lateEvening, BG)).isEqualTo("25.12.2026");
        assertThat(formats.dateTime(lateEvening, BG)).isEqualTo("25.12.2026, 00:30");
        assertThat(formats.dateTime(lateEvening, Locale.ENGLISH)).isEqualTo("25 Dec 2026, 00:30");
    }

    @Test
    void aLanguageTheInterfaceDoesNotHaveReadsInBulgarian() {
        assertThat(formats.quantity(20, Unit.PACK, Locale.FRENCH)).isEqualTo("20 пакета");
        assertThat(formats.date(LocalDate.of(2026, 12, 25), Locale.GERMAN)).isEqualTo("25.12.2026");
    }

    @Test
    void aCountOfNothingCanHaveWordsOfItsOwn() {
        assertThat(formats.plural("my.proposals", 0, BG)).isEqualTo("без свързвания");
        assertThat(formats.plural("my.proposals", 1, BG)).isEqualTo("1 свързване");
        assertThat(formats.plural("my.proposals", 3, Locale.ENGLISH)).isEqualTo("3 matches");
    }

    @Test
    void textsWithTwoCountsTakeThePluralOfEach() {
        assertThat(formats.message("history.trained", BG, 1, 1)).isEqualTo("обучен 1 човек в 1 сесия");
        assertThat(formats.message("history.trained", BG, 22, 3)).isEqualTo("обучени 22 души в 3 сесии");
        assertThat(formats.message("history.trained", Locale.ENGLISH, 22, 1))
            .isEqualTo("22 people trained in 1 session");
    }

}
