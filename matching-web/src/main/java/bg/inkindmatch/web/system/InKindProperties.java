package bg.inkindmatch.web.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The application's own settings ({@code inkind.*}), each with its default here and
 * nowhere else, checked at start-up: a wrong value stops the application with a message
 * that names the setting.
 *
 * @param baseUrl the address members reach the application at; links in e-mails start
 * with it
 * @param coordinators the e-mail addresses of the coordinators, comma-separated
 * @param zone the time zone of the partnership: days, dates and the digest hour are
 * counted in it
 * @param demo whether the default embedded run loads the Ruse scenario into an empty
 * database
 * @param mail e-mail settings
 * @param signIn limits of sign-in link requests (per 15 minutes)
 * @param registration limits of registrations (per hour)
 * @param matching proposals: how long they wait, reminders, how often deadlines are
 * checked
 * @param staleness when quiet posts are asked "still needed?" and closed
 * @param help the free hotlines and emergency numbers the Help pages show
 */
@Validated
@ConfigurationProperties("inkind")
public record InKindProperties(@NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("coordinator@inkind-match.example") List<String> coordinators,
        @NotNull @DefaultValue("Europe/Sofia") ZoneId zone, @DefaultValue("true") boolean demo,
        @Valid @DefaultValue Mail mail, @Valid @DefaultValue SignIn signIn,
        @Valid @DefaultValue Registration registration, @Valid @DefaultValue Matching matching,
        @Valid @DefaultValue Staleness staleness, @Valid @DefaultValue Help help) {

    public InKindProperties {
        coordinators = coordinators == null ? List.of()
                : coordinators.stream()
                    .map(email -> email.trim().toLowerCase(Locale.ROOT))
                    .filter(e -> !e.isEmpty())
                    .toList();
    }

    /** Whether the address belongs to a coordinator. */
    public boolean isCoordinator(String email) {
        return coordinators.contains(email.trim().toLowerCase(Locale.ROOT));
    }

    /** An absolute link to a path of the application. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /**
     * @param from the sender of every e-mail
     * @param sendEvery how often the outbox is emptied
     * @param digestAt when, in {@link #zone()}, the daily digest goes to members who
     * chose it
     */
    public record Mail(@NotBlank @DefaultValue("InKind Match <no-reply@inkind-match.bg>") String from,
            @NotNull @DurationMin(millis = 100) @DefaultValue("5s") Duration sendEvery,
            @NotNull @DefaultValue("07:00") LocalTime digestAt) {
    }

    /**
     * How many sign-in links one client may ask for one address and one client in all, in
     * 15 minutes, and how many sign-in e-mails one registered address receives in 15
     * minutes whoever asks (further requests send nothing; the last link stays valid).
     *
     * @param limitPerAddress one client asking for one address
     * @param limitPerClient one client, whatever the address
     * @param linksPerAddress e-mails to one address, from all clients together
     */
    public record SignIn(@Positive @DefaultValue("5") int limitPerAddress,
            @Positive @DefaultValue("20") int limitPerClient, @Positive @DefaultValue("3") int linksPerAddress) {

        /** The window of every sign-in limit. */
        public static final Duration WINDOW = Duration.ofMinutes(15);

        /** The limits as the rate-limit filter applies them. */
        public RateLimitFilter.Limits limits() {
            return new RateLimitFilter.Limits(limitPerAddress, limitPerClient, WINDOW);
        }
    }

    /**
     * How many registrations one client may send for one address and one client in all,
     * in an hour, and how often the coordinators get one e-mail about the registrations
     * that wait for them (never one e-mail per registration).
     *
     * @param limitPerAddress one client registering one address
     * @param limitPerClient one client, whatever the address
     * @param digestEvery how often waiting registrations are announced to coordinators
     */
    public record Registration(@Positive @DefaultValue("3") int limitPerAddress,
            @Positive @DefaultValue("10") int limitPerClient, @NotNull @DefaultValue("1h") Duration digestEvery) {

        /** The limits as the rate-limit filter applies them. */
        public RateLimitFilter.Limits limits() {
            return new RateLimitFilter.Limits(limitPerAddress, limitPerClient, Duration.ofHours(1));
        }
    }

    /**
     * @param proposalValidity how long a proposal waits for both answers
     * @param remindBefore when, before expiry, the sides that have not answered are
     * reminded (once)
     * @param checkEvery how often reminders, expiries and owed rounds are processed
     * @param handoverWithin how long after the agreement a handover is due: an agreed
     * match older than this, or past its need's date, is shown to the coordinators as
     * stuck
     */
    public record Matching(@NotNull @DurationMin(minutes = 1) @DefaultValue("7d") Duration proposalValidity,
            @NotNull @DefaultValue("1d") Duration remindBefore,
            @NotNull @DurationMin(millis = 100) @DefaultValue("1m") Duration checkEvery,
            @NotNull @DurationMin(hours = 1) @DefaultValue("14d") Duration handoverWithin) {
    }

    /**
     * @param after a post without activity this long is asked "still needed / still
     * available?"
     * @param grace how long the question waits before the post is closed as expired
     * @param checkEvery how often quiet posts are looked for and unanswered questions
     * closed
     */
    public record Staleness(@NotNull @DurationMin(minutes = 1) @DefaultValue("30d") Duration after,
            @NotNull @DurationMin(minutes = 1) @DefaultValue("7d") Duration grace,
            @NotNull @DurationMin(millis = 100) @DefaultValue("1h") Duration checkEvery) {
    }

    /**
     * @param hotlines the numbers the Help pages show first, in this order; without any
     * configured, the national ones: 112, the national line for survivors of domestic
     * violence and the national line for children (check them before going live)
     */
    public record Help(List<@Valid Hotline> hotlines) {

        public Help {
            hotlines = hotlines == null || hotlines.isEmpty() ? Hotline.NATIONAL : List.copyOf(hotlines);
        }

    }

    /**
     * A free hotline or emergency number. The English texts may be left out; the
     * Bulgarian ones are shown then.
     *
     * @param number the number as people dial it ({@code 0800 1 86 76})
     * @param name what it is for
     * @param runBy who answers it
     * @param hours when it answers
     */
    public record Hotline(@NotBlank @Pattern(regexp = "\\+?[0-9 ]{3,20}") String number, @NotBlank String name,
            String nameEn, @NotBlank String runBy, String runByEn, @NotBlank String hours, String hoursEn) {

        static final List<Hotline> NATIONAL = List.of(
                new Hotline("112", "Единен европейски номер за спешни повиквания", "European emergency number",
                        "Национална система 112", "National 112 system", "денонощно", "24 hours a day"),
                new Hotline("0800 1 86 76", "Национална телефонна линия за пострадали от домашно насилие",
                        "National hotline for survivors of domestic violence",
                        "Алианс за защита от насилие, основано на пола",
                        "Alliance for Protection against Gender-Based Violence", "денонощно, безплатно",
                        "24 hours a day, free"),
                new Hotline("116 111", "Национална телефонна линия за деца", "National hotline for children",
                        "Държавна агенция за закрила на детето", "State Agency for Child Protection",
                        "денонощно, безплатно", "24 hours a day, free"));

        /** The {@code tel:} address of the number. */
        public String telephone() {
            return "tel:" + number.replace(" ", "");
        }

        /** What it is for, in the language. */
        public String name(Locale locale) {
            return english(locale, nameEn) ? nameEn : name;
        }

        /** Who answers it, in the language. */
        public String runBy(Locale locale) {
            return english(locale, runByEn) ? runByEn : runBy;
        }

        /** When it answers, in the language. */
        public String hours(Locale locale) {
            return english(locale, hoursEn) ? hoursEn : hours;
        }

        private static boolean english(Locale locale, String text) {
            return "en".equals(locale.getLanguage()) && text != null && !text.isBlank();
        }

    }

}
