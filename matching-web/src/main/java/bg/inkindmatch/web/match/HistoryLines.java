package bg.inkindmatch.web.match;

import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An organisation's history in the reader's language: its matches that both sides agreed,
 * newest first, each with the other side's name (both sides saw each other's details when
 * they agreed).
 */
@Component
class HistoryLines {

    private final MatchService matches;

    private final PostChoices choices;

    private final MessageSource messages;

    private final LocaleFormats formats;

    private final TrainingOutcomes trainings;

    private final Clock clock;

    HistoryLines(MatchService matches, PostChoices choices, MessageSource messages, LocaleFormats formats,
            TrainingOutcomes trainings, Clock clock) {
        this.matches = matches;
        this.choices = choices;
        this.messages = messages;
        this.formats = formats;
        this.trainings = trainings;
        this.clock = clock;
    }

    /**
     * One line of the history.
     *
     * @param day when it was agreed (or proposed, for an old match without the date)
     * @param otherSide the other organisation's name
     * @param units how many units, and {@code quantity} the same in words ("20 пакета")
     * @param unit the unit's name, as the exports' unit column shows it
     * @param training what a workplace training's sessions achieved, in words, or empty
     */
    record Line(LocalDate day, String date, String status, String otherSide, String offer, String need, String category,
            int units, String quantity, String unit, String municipality, String training) {
    }

    List<Line> of(StoredOrganisation organisation, Locale locale) {
        List<MatchService.View> agreed = matches.of(organisation)
            .stream()
            .filter(v -> v.match().status().isAgreedByBoth())
            .toList();
        Map<Long, TrainingOutcomes.Outcome> outcomes = trainings.of(agreed.stream().map(v -> v.match().id()).toList());
        return agreed.stream().map(v -> line(v, outcomes.get(v.match().id()), locale)).toList();
    }

    private Line line(MatchService.View v, TrainingOutcomes.Outcome outcome, Locale locale) {
        Match match = v.match();
        LocalDate day = (match.decidedAt() == null ? match.proposedAt() : match.decidedAt()).atZone(clock.getZone())
            .toLocalDate();
        return new Line(day, formats.date(day, locale),
                messages.getMessage("match.status." + match.status(), null, locale),
                v.otherSide().map(StoredOrganisation::name).orElse(""), choices.title(v.offer(), locale),
                choices.title(v.need(), locale), choices.categoryLabel(v.offer().category(), locale), match.units(),
                formats.quantity(match.units(), v.offer().unit(), locale),
                messages.getMessage("unit." + v.offer().unit().code(), null, locale),
                choices.municipalityName(v.need().handover(), locale), training(outcome, locale));
    }

    /** "18 people trained in 1 session, rated 4.5 of 5", or empty. */
    private String training(TrainingOutcomes.Outcome outcome, Locale locale) {
        if (outcome == null) {
            return "";
        }
        String trained = formats.message("history.trained", locale, outcome.people(), outcome.sessions());
        return outcome.rating() == null ? trained : trained + ", " + messages.getMessage("history.rated",
                new Object[] { formats.decimal(outcome.rating(), locale) }, locale);
    }

}
