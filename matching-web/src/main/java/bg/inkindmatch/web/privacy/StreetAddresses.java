package bg.inkindmatch.web.privacy;

import java.util.List;
import java.util.Set;

/**
 * Finds Bulgarian postal addresses: a street, boulevard, housing estate or quarter with a
 * number ({@code ул. Николаевска 12}, {@code бул. „Цар Освободител“ 5},
 * {@code ж.к. Дружба 3}), or a block, entrance, floor, flat or {@code №} with its number
 * or letter ({@code бл. 5}, {@code вх. А}, {@code ет. 3}, {@code ап. 12}, {@code № 7},
 * which the normalised text spells {@code No}). A street word without a number
 * ({@code ул. деца}, or a street named as a handover point's landmark) and square metres
 * ({@code 50 кв.м}) pass: a name of a street alone does not say where anybody lives.
 */
final class StreetAddresses {

    /** Followed by a name of capitalised words and then a number. */
    private static final Set<String> STREETS = Set.of("ул", "улица", "бул", "булевард", "жк", "кв", "квартал", "ul",
            "ulitsa", "bul", "blvd", "str", "street", "zhk", "kv");

    /** Followed at once by a number (or, for an entrance, a letter). */
    private static final Set<String> UNITS = Set.of("бл", "вх", "вход", "ет", "етаж", "ап", "апартамент", "bl", "vh",
            "ap", "no", "№");

    /** How many words a street's name may have before its number. */
    private static final int NAME_WORDS = 5;

    /** Marks that stand between the parts of an address ({@code .}, quotes, a comma). */
    private static final String PUNCTUATION = ".,:\"'„“”«»-–";

    private StreetAddresses() {
    }

    static boolean appearIn(List<Tokens.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token token = tokens.get(i);
            if (isHousingEstate(tokens, i)) {
                if (nameThenNumber(tokens, i + 4)) {
                    return true;
                }
            }
            else if (STREETS.contains(token.lower()) && (token.isWord() && nameThenNumber(tokens, i + 1))) {
                return true;
            }
            else if (UNITS.contains(token.lower()) && numberNext(tokens, i + 1, token.lower().startsWith("вх"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code ж.к.} written with its dots: four tokens. */
    private static boolean isHousingEstate(List<Tokens.Token> tokens, int i) {
        return i + 3 < tokens.size() && tokens.get(i).lower().equals("ж") && tokens.get(i + 1).isMark(".")
                && tokens.get(i + 2).lower().equals("к") && tokens.get(i + 3).isMark(".");
    }

    /**
     * Whether, from {@code from}, punctuation and up to a few capitalised words lead to a
     * number.
     */
    private static boolean nameThenNumber(List<Tokens.Token> tokens, int from) {
        int words = 0;
        for (int k = from; k < tokens.size() && k < from + 3 * NAME_WORDS; k++) {
            Tokens.Token token = tokens.get(k);
            if (token.isNumber()) {
                return true;
            }
            if (token.isCapitalised() && words < NAME_WORDS) {
                words++;
            }
            else if (!token.isMark(PUNCTUATION)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a number (or, if allowed, a single letter) follows after punctuation. */
    private static boolean numberNext(List<Tokens.Token> tokens, int from, boolean letterToo) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            Tokens.Token token = tokens.get(k);
            if (token.isNumber() || letterToo && token.isWord() && token.text().length() == 1) {
                return true;
            }
            if (!token.isMark(PUNCTUATION)) {
                return false;
            }
        }
        return false;
    }

}
