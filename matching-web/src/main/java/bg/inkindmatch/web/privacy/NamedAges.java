package bg.inkindmatch.web.privacy;

import java.util.List;
import java.util.Set;

/**
 * Finds a named person with an age ({@code Мария Иванова, 34 г.},
 * {@code 34-годишната Петрова}): an age (a number up to 110 followed by a word for years)
 * within a few tokens of a family name (a capitalised word with a Bulgarian family-name
 * ending). An age alone ({@code дрехи за деца 0-3 години}) or a name alone (a street, a
 * school named after a person) passes: together they describe somebody.
 */
final class NamedAges {

    private static final Set<String> YEARS = Set.of("г", "год", "година", "години", "годишна", "годишен", "годишно",
            "годишната", "годишния", "годишният", "y", "yo", "yrs", "years", "year");

    private static final List<String> FAMILY_ENDINGS = List.of("ова", "ева", "ов", "ев", "ска", "ски", "ина", "ин",
            "ич", "ян", "ova", "eva", "ov", "ev", "ska", "ski");

    /**
     * The endings that a word beginning a sentence must have to count as a family name:
     * there any word is capitalised, and adjectives end in -ски, -ска, -ин ({@code Детски
     * дрехи}).
     */
    private static final List<String> STRONG_ENDINGS = List.of("ова", "ева", "ов", "ев", "ova", "eva", "ov", "ev");

    private static final int NEAR_BEFORE = 6;

    private static final int NEAR_AFTER = 4;

    private static final int OLDEST = 110;

    private NamedAges() {
    }

    static boolean appearIn(List<Tokens.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (isAge(tokens, i) && familyNameNear(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number of years: {@code 34 г.}, {@code 34 години}, {@code 34-годишна}; not the
     * end of a range ({@code 2-4 години} describes things for an age group).
     */
    private static boolean isAge(List<Tokens.Token> tokens, int i) {
        Tokens.Token number = tokens.get(i);
        if (!number.isNumber() || number.text().length() > 3 || Integer.parseInt(number.text()) > OLDEST) {
            return false;
        }
        if (i >= 2 && tokens.get(i - 1).isMark("-–—") && tokens.get(i - 2).isNumber()) {
            return false;
        }
        int next = i + 1;
        if (next < tokens.size() && tokens.get(next).isMark("-")) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isWord() && YEARS.contains(tokens.get(next).lower());
    }

    private static boolean familyNameNear(List<Tokens.Token> tokens, int age) {
        for (int k = Math.max(0, age - NEAR_BEFORE); k < Math.min(tokens.size(), age + NEAR_AFTER); k++) {
            if (isFamilyName(tokens.get(k), startsSentence(tokens, k) ? STRONG_ENDINGS : FAMILY_ENDINGS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word begins the text or a sentence: capitalised there whatever it is
     * ({@code Детски дрехи}, {@code Машина за кафе}).
     */
    private static boolean startsSentence(List<Tokens.Token> tokens, int k) {
        return k == 0 || tokens.get(k - 1).isMark(".!?:;\"„“«(");
    }

    private static boolean isFamilyName(Tokens.Token token, List<String> endings) {
        return token.isCapitalised() && token.text().length() >= 4
                && endings.stream().anyMatch(ending -> token.lower().endsWith(ending));
    }

}
