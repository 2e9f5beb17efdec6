package bg.inkindmatch.web.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds personal data in free text that must describe things, never people: an e-mail
 * address, a Bulgarian personal number (EGN) with a valid date and checksum, a phone
 * number, a street address, a named person with an age, or a handle or profile link of a
 * messenger or social network.
 *
 * <p>
 * This is the second line of defence: free text reaches the public only after a
 * coordinator has seen it. What it catches is refused at once with a message that says
 * what was found, so that the member can write the post again without it.
 *
 * <p>
 * The text is normalised before it is looked at ({@link LookupText}), so that the tricks
 * that copy and paste or a determined person produce do not hide what is there: Unicode
 * compatibility forms (full-width digits, {@code ＠}), invisible characters, digits of any
 * script, any run of separators between digits, letters that look like digits inside
 * digit runs, enclosed and keycap digits, digits spelled out in words, and "at" / "dot"
 * written out, encoded or between separators, in Latin or Cyrillic. Every step is a
 * single pass over the text, or a bounded look from each position: the cost is linear in
 * its length.
 */
public final class PersonalData {

    /** Longer texts are not examined: the field's length limit refuses them first. */
    public static final int MAX_EXAMINED = 20_000;

    /**
     * What kind of personal data a text holds; the message key of each is
     * {@code privacy.<key>}.
     */
    public enum Kind {

        EGN, PHONE, EMAIL, ADDRESS, PERSON, HANDLE;

        /** The lower-case key of this kind, used in message keys. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

    }

    private static final int[] EGN_WEIGHTS = { 2, 4, 8, 5, 10, 9, 7, 3, 6 };

    private PersonalData() {
    }

    /** The first kind of personal data found in the text, if any. */
    public static Optional<Kind> find(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_EXAMINED) {
            return Optional.empty();
        }
        LookupText lookup = LookupText.of(text);
        String latin = lookup.withWordsForAtAndDot();
        if (EmailAddresses.appearIn(latin)) {
            return Optional.of(Kind.EMAIL);
        }
        Optional<Kind> number = DigitRuns.of(lookup.withDigitWords())
            .numbers()
            .stream()
            .map(PersonalData::kindOf)
            .flatMap(Optional::stream)
            .min(Enum::compareTo);
        if (number.isPresent()) {
            return number;
        }
        List<Tokens.Token> tokens = Tokens.of(lookup.text());
        if (StreetAddresses.appearIn(tokens)) {
            return Optional.of(Kind.ADDRESS);
        }
        if (NamedAges.appearIn(tokens)) {
            return Optional.of(Kind.PERSON);
        }
        return Handles.appearIn(lookup.text().toLowerCase(Locale.ROOT), latin) ? Optional.of(Kind.HANDLE)
                : Optional.empty();
    }

    private static Optional<Kind> kindOf(DigitRuns.Number number) {
        if (number.digits().length() == 10 && !number.international() && isEgn(number.digits())) {
            return Optional.of(Kind.EGN);
        }
        return PhoneNumbers.looksLikeOne(number) ? Optional.of(Kind.PHONE) : Optional.empty();
    }

    /**
     * Whether ten ASCII digits form a valid EGN: a real birth date and the right check
     * digit.
     */
    public static boolean isEgn(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int year = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month > 40) {
            month -= 40;
            year += 2000;
        }
        else if (month > 20) {
            month -= 20;
            year += 1800;
        }
        else {
            year += 1900;
        }
        try {
            java.time.LocalDate.of(year, month, day);
        }
        catch (java.time.DateTimeException e) {
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
