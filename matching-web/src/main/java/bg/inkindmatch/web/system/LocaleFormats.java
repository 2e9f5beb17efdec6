package bg.inkindmatch.web.system;

import bg.inkindmatch.core.taxonomy.Unit;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How numbers, quantities and dates read in the interface's two languages, on pages, in
 * e-mails and in exports: "20 пакета" / "20 packs" through the plural rules of ICU4J (the
 * patterns are the {@code unit.*.count} texts of the message bundles), dates as
 * 25.12.2026 / 25 Dec 2026 and numbers with the language's separators. Templates reach it
 * as {@code @formats}, always with {@code #locale}, so that an e-mail reads in its
 * recipient's language whoever's request sends it.
 * <p>
 * A page formats a quantity and a date per row, so the parsed patterns are kept (the
 * bundles do not change while the application runs): date patterns are immutable and
 * shared; an ICU {@code MessageFormat} is not safe for concurrent use, so each is used
 * under its own lock (formatting takes microseconds; parsing took most of the time).
 */
@Component("formats")
public class LocaleFormats {

    private static final Locale BULGARIAN = LanguageConfiguration.BULGARIAN;

    private final MessageSource messages;

    private final ZoneId zone;

    private final Map<Pattern, MessageFormat> messageFormats = new ConcurrentHashMap<>();

    private final Map<Pattern, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

    /**
     * @param clock the application's clock, whose zone (the partnership's) instants are
     * shown in
     */
    public LocaleFormats(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /**
     * A count of a unit in words: "1 пакет", "20 пакета", "1 pack", "20 packs".
     */
    public String quantity(long count, Unit unit, Locale locale) {
        return plural("unit." + unit.code() + ".count", count, locale);
    }

    /**
     * The same for a unit given by its code (a name of its own: templates cannot choose
     * between overloads), as the board's rows carry it; an unknown code is shown as it is
     * after the number.
     */
    public String quantityOfCode(long count, String unitCode, Locale locale) {
        return Unit.ofCode(unitCode)
            .map(unit -> quantity(count, unit, locale))
            .orElseGet(() -> number(count, locale) + " " + unitCode);
    }

    /**
     * A text of the bundles written as an ICU plural pattern over one count, such as
     * <code>{0,plural,one{# предложение} other{# предложения}}</code>.
     */
    public String plural(String key, long count, Locale locale) {
        return message(key, locale, count);
    }

    /**
     * A text of the bundles formatted by ICU's {@code MessageFormat}, whose plural and
     * select rules know the language (Spring's own formatting knows neither).
     */
    public String message(String key, Locale locale, Object... arguments) {
        MessageFormat format = messageFormats.computeIfAbsent(new Pattern(key, language(locale)),
                pattern -> new MessageFormat(messages.getMessage(key, null, pattern.language()),
                        ULocale.forLocale(pattern.language())));
        synchronized (format) {
            return format.format(arguments);
        }
    }

    public String number(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(ULocale.forLocale(language(locale))).format(number);
    }

    /**
     * A number with at most one decimal, as medians and averages are shown.
     */
    public String decimal(double number, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(language(locale)));
        format.setMaximumFractionDigits(1);
        return format.format(number);
    }

    /**
     * A day as 25.12.2026 (Bulgarian) or 25 Dec 2026 (English); empty for no day.
     */
    public String date(LocalDate day, Locale locale) {
        return (day != null) ? day.format(pattern("format.date", locale)) : "";
    }

    /**
     * The day of an instant in the partnership's zone.
     */
    public String dateOf(Instant instant, Locale locale) {
        return (instant != null) ? date(instant.atZone(zone).toLocalDate(), locale) : "";
    }

    /**
     * An instant as a day and a time of day in the partnership's zone: 25.12.2026, 10:30.
     */
    public String dateTime(Instant instant, Locale locale) {
        return (instant != null) ? instant.atZone(zone).format(pattern("format.date-time", locale)) : "";
    }

    private DateTimeFormatter pattern(String key, Locale locale) {
        return dateFormats.computeIfAbsent(new Pattern(key, language(locale)), pattern -> DateTimeFormatter
            .ofPattern(messages.getMessage(key, null, pattern.language()), pattern.language()));
    }

    /** A text of the bundles in one of the two languages. */
    private record Pattern(String key, Locale language) {
    }

    /**
     * The interface has two languages; any other locale a client asks for reads in
     * Bulgarian, as its texts do.
     */
    private static Locale language(Locale locale) {
        return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : BULGARIAN;
    }

}
