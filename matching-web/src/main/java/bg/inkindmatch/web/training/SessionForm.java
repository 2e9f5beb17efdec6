package bg.inkindmatch.web.training;

import bg.inkindmatch.web.input.CleanText;
import bg.inkindmatch.web.privacy.NoPersonalData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A session as its provider schedules it: the day, the start, how long, where (a public
 * place or an online link, never where anybody lives) and how many seats.
 */
public record SessionForm(
        @NotNull(message = "{session.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
        @NotNull(message = "{session.start.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime start,
        @NotNull(message = "{session.minutes.required}") @Min(value = 30, message = "{session.minutes.range}") @Max(
                value = 480, message = "{session.minutes.range}") Integer minutes,
        @NotBlank(message = "{session.place.required}") @Size(max = 300,
                message = "{field.too-long}") @CleanText @NoPersonalData String place,
        @NotNull(message = "{session.seats.required}") @Min(value = 1,
                message = "{session.seats.range}") @Max(value = 500, message = "{session.seats.range}") Integer seats) {

    public SessionForm {
        place = place == null ? "" : place.trim();
    }

    /** A new session's form: a week ahead, at ten, for two hours. */
    static SessionForm empty(LocalDate today, int seats) {
        return new SessionForm(today.plusWeeks(1), LocalTime.of(10, 0), 120, "", seats);
    }

    /** The form of a scheduled session, to change it. */
    static SessionForm of(TrainingSession session, ZoneId zone) {
        var start = session.startsAt().atZone(zone);
        return new SessionForm(start.toLocalDate(), start.toLocalTime(),
                (int) java.time.Duration.between(session.startsAt(), session.endsAt()).toMinutes(), session.place(),
                session.seats());
    }

    /** Refuses a day in the past or more than a year ahead. */
    void checkDay(Errors errors, LocalDate today) {
        if (day != null && (day.isBefore(today) || day.isAfter(today.plusYears(1)))) {
            errors.rejectValue("day", "session.day.window");
        }
    }

    /** When the session takes place, in the partnership's zone; a valid form only. */
    TrainingSession.SessionTime time(ZoneId zone) {
        var begins = day.atTime(start).atZone(zone).toInstant();
        return new TrainingSession.SessionTime(begins, begins.plusSeconds(60L * minutes));
    }

}
