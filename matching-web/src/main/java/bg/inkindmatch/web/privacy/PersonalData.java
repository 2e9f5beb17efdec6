package bg.inkindmatch.web.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text that must describe things, never people: a Bulgarian personal
 * number (EGN) with a valid date and checksum, a phone number, or an e-mail address.
 */
public final class PersonalData {

    /** What kind of personal data a text holds; the message key of each is {@code privacy.<key>}. */
    public enum Kind {
        EGN, PHONE, EMAIL;

        /** The lower-case key of this kind, used in message keys. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d])(\\d{10})(?![\\d])");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)\\d{1,3}|0)[\\s./-]?\\(?\\d{1,4}\\)?(?:[\\s./-]?\\d){5,10}(?![\\d])");
    private static final int[] EGN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};

    private PersonalData() {
    }

    /** The first kind of personal data found in the text, if any. */
    public static Optional<Kind> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (EMAIL.matcher(text).find()) {
            return Optional.of(Kind.EMAIL);
        }
        Matcher tenDigits = TEN_DIGITS.matcher(text);
        while (tenDigits.find()) {
            if (isEgn(tenDigits.group(1))) {
                return Optional.of(Kind.EGN);
            }
        }
        if (PHONE.matcher(text).find()) {
            return Optional.of(Kind.PHONE);
        }
        return Optional.empty();
    }

    /** Whether ten digits form a valid EGN: a real birth date and the right check digit. */
    public static boolean isEgn(String digits) {
        if (!digits.matches("\\d{10}")) {
            return false;
        }
        int year = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month > 40) {
            month -= 40;
            year += 2000;
        } else if (month > 20) {
            month -= 20;
            year += 1800;
        } else {
            year += 1900;
        }
        try {
            java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < EGN_WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * EGN_WEIGHTS[i];
        }
        int check = sum % 11 == 10 ? 0 : sum % 11;
        return check == digits.charAt(9) - '0';
    }
}
