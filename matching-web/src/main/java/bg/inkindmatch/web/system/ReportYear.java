package bg.inkindmatch.web.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Year;

/**
 * The year a report or a statement is asked for: from the partnership's first year to
 * this one.
 */
public final class ReportYear {

    /** The first year with activity to report. */
    public static final int FIRST = 2020;

    private ReportYear() {
    }

    /**
     * The year of the parameter, this year when there is none.
     * @throws ResponseStatusException (400) for anything but a year from 2020 to this one
     */
    public static int of(String year, Clock clock) {
        int thisYear = Year.now(clock).getValue();
        if (year == null || year.isBlank()) {
            return thisYear;
        }
        boolean digits = year.length() == 4 && year.chars().allMatch(Character::isDigit);
        int value = digits ? Integer.parseInt(year) : -1;
        if (value < FIRST || value > thisYear) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no report for the year asked");
        }
        return value;
    }

}
