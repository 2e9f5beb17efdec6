package bg.inkindmatch.web.post;

import java.time.LocalDate;
import java.time.Period;

/**
 * The dates a post may carry: a year back to three years ahead of today. A post is about
 * the near future, and nothing outside the window can be stored and then break matching
 * for everybody.
 *
 * @param today the day the form is checked on
 */
public record DateWindow(LocalDate today) {

    static final Period BACK = Period.ofYears(1);
    static final Period AHEAD = Period.ofYears(3);

    /** Whether the date lies in the window. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(today.minus(BACK)) && !date.isAfter(today.plus(AHEAD));
    }
}
