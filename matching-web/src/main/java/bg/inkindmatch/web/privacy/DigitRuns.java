package bg.inkindmatch.web.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a text spells, however they are spaced: digit groups joined by any run of
 * separators (anything that is not a letter: spaces, line breaks, dashes, dots, commas,
 * colons, slashes, brackets, asterisks, tildes; and a single {@code x} between two
 * digits) form a run, and every stretch of consecutive groups of a run, up to
 * {@value #MAX_DIGITS} digits, is a number that may be personal data. Letters that look
 * like digits count as digits where they touch a digit ({@code O888 l23 456}). Dates
 * ({@code 25.12.2026}, {@code 2026-12-25}) and times of day ({@code 08:30},
 * {@code 17.30}) are not numbers and split a run.
 *
 * <p>
 * One pass classifies the characters, one groups them; each group starts at most
 * {@value #MAX_DIGITS} numbers, so the work is linear in the length of the text.
 */
final class DigitRuns {

    /**
     * The longest number looked at: an international phone number has at most 15 digits.
     */
    static final int MAX_DIGITS = 15;

    /**
     * A number found in the text.
     *
     * @param digits its ASCII digits
     * @param international whether a {@code +} stood before it
     */
    record Number(String digits, boolean international) {
    }

    /** A group of digits and the separators that came before it. */
    private record Group(String digits, String gapBefore, boolean plusBefore) {
    }

    private final List<Number> numbers = new ArrayList<>();

    private DigitRuns() {
    }

    static DigitRuns of(String text) {
        DigitRuns runs = new DigitRuns();
        runs.read(asDigits(text));
        return runs;
    }

    List<Number> numbers() {
        return numbers;
    }

    /** The text with look-alike letters that touch a digit replaced by that digit. */
    private static String asDigits(String text) {
        char[] chars = text.toCharArray();
        boolean[] digit = new boolean[chars.length];
        for (int i = 0; i < chars.length; i++) {
            digit[i] = isAsciiDigit(chars[i]);
        }
        int i = 0;
        while (i < chars.length) {
            if (lookAlike(chars[i]) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < chars.length && lookAlike(chars[end]) >= 0 && !digit[end]) {
                end++;
            }
            boolean touchesDigit = (i > 0 && digit[i - 1]) || (end < chars.length && digit[end]);
            for (int k = i; k < end && touchesDigit; k++) {
                chars[k] = (char) ('0' + lookAlike(chars[k]));
            }
            i = Math.max(end, i + 1);
        }
        return new String(chars);
    }

    private void read(String text) {
        List<Group> run = new ArrayList<>();
        StringBuilder gap = new StringBuilder();
        boolean plus = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                int start = i;
                while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                run.add(new Group(text.substring(start, i), gap.toString(), plus));
                gap.setLength(0);
                plus = false;
            }
            else if (isListSeparator(text, i)) {
                endRun(run);
                gap.setLength(0);
                plus = false;
                i++;
            }
            else if ((isSeparator(c) || isTimesBetweenDigits(text, i)) && gap.length() < 64) {
                gap.append(c);
                i++;
            }
            else if (c == '+') {
                plus = true;
                gap.setLength(0);
                i++;
            }
            else {
                endRun(run);
                gap.setLength(0);
                plus = false;
                i++;
            }
        }
        endRun(run);
    }

    /**
     * Emits the numbers of a finished run, leaving out its dates, and starts a new run.
     */
    private void endRun(List<Group> run) {
        int from = 0;
        for (int k = 0; k < run.size(); k++) {
            int dateLength = Math.max(dateAt(run, k), timeAt(run, k));
            if (dateLength > 0) {
                emit(run.subList(from, k));
                from = k + dateLength;
                k = from - 1;
            }
        }
        emit(run.subList(Math.min(from, run.size()), run.size()));
        run.clear();
    }

    private void emit(List<Group> groups) {
        for (int start = 0; start < groups.size(); start++) {
            StringBuilder digits = new StringBuilder();
            for (int end = start; end < groups.size()
                    && digits.length() + groups.get(end).digits().length() <= MAX_DIGITS; end++) {
                digits.append(groups.get(end).digits());
                numbers.add(new Number(digits.toString(), groups.get(start).plusBefore()));
            }
        }
    }

    /** How many groups from k form a date (3), or 0. */
    private static int dateAt(List<Group> run, int k) {
        if (k + 2 >= run.size()) {
            return 0;
        }
        String first = run.get(k).digits();
        String second = run.get(k + 1).digits();
        String third = run.get(k + 2).digits();
        String gap = run.get(k + 1).gapBefore().strip();
        if (gap.length() != 1 || ".-/".indexOf(gap.charAt(0)) < 0 || !gap.equals(run.get(k + 2).gapBefore().strip())) {
            return 0;
        }
        boolean dayMonthYear = isDay(first) && isMonth(second) && isYear(third);
        boolean yearMonthDay = third.length() <= 2 && isYear(first) && first.length() == 4 && isMonth(second)
                && isDay(third);
        return dayMonthYear || yearMonthDay ? 3 : 0;
    }

    /** How many groups from k form a time of day (2: hours, then minutes), or 0. */
    private static int timeAt(List<Group> run, int k) {
        if (k + 1 >= run.size()) {
            return 0;
        }
        String hours = run.get(k).digits();
        String minutes = run.get(k + 1).digits();
        String gap = run.get(k + 1).gapBefore().strip();
        boolean time = (gap.equals(":") || gap.equals(".")) && hours.length() <= 2 && Integer.parseInt(hours) <= 23
                && minutes.length() == 2 && Integer.parseInt(minutes) <= 59;
        // a chain of the same separator (75.01.02.0018) is one number, not a time in it
        boolean chained = run.get(k).gapBefore().strip().equals(gap)
                || k + 2 < run.size() && run.get(k + 2).gapBefore().strip().equals(gap);
        return time && !chained ? 2 : 0;
    }

    private static boolean isDay(String digits) {
        return digits.length() <= 2 && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 31;
    }

    private static boolean isMonth(String digits) {
        return digits.length() <= 2 && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 12;
    }

    private static boolean isYear(String digits) {
        return digits.length() == 2 || digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return !Character.isLetterOrDigit(c) && c != '+';
    }

    /**
     * A comma or semicolon followed by a space separates the items of a list
     * ({@code размери 86, 92, 98, 104}), not the groups of one number.
     */
    private static boolean isListSeparator(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == ';') && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    /**
     * An {@code x} (Latin or Cyrillic) between two digits, with at most two spaces on
     * each side: {@code 0888x123x456}, {@code 0888 х 123}.
     */
    private static boolean isTimesBetweenDigits(String text, int i) {
        char c = text.charAt(i);
        return (c == 'x' || c == 'X' || c == 'х' || c == 'Х') && digitNear(text, i, -1) && digitNear(text, i, +1);
    }

    private static boolean digitNear(String text, int i, int step) {
        int k = i + step;
        for (int spaces = 0; k >= 0 && k < text.length() && text.charAt(k) == ' ' && spaces < 2; spaces++) {
            k += step;
        }
        return k >= 0 && k < text.length() && isAsciiDigit(text.charAt(k));
    }

    /** The digit a letter is often typed or printed for, or -1. */
    private static int lookAlike(char c) {
        return switch (c) {
            case 'O', 'o', 'О', 'о', 'Ο', 'ο', 'D' -> 0;
            case 'l', 'I', 'і', 'І', '|', 'Ӏ' -> 1;
            case 'Z', 'z' -> 2;
            case 'З', 'з', 'Ʒ' -> 3;
            case 'Ч', 'ч', 'A' -> 4;
            case 'S', 's' -> 5;
            case 'б', 'b', 'G' -> 6;
            case 'T' -> 7;
            case 'B', 'В' -> 8;
            case 'g', 'q' -> 9;
            default -> -1;
        };
    }

}
