package bg.inkindmatch.web.privacy;

import java.util.Locale;
import java.util.Map;

/**
 * Digits written as words, in Bulgarian and English ({@code нула осем осем осем},
 * {@code zero eight eight}), read as the digits they name. Only whole words that name one
 * digit are read: "двадесет" or "hundred" stay words, so prices and quantities in words
 * do not become long numbers. One pass over the text.
 */
final class NumberWords {

    private static final Map<String, Character> DIGITS = Map.ofEntries(Map.entry("нула", '0'), Map.entry("нул", '0'),
            Map.entry("едно", '1'), Map.entry("един", '1'), Map.entry("една", '1'), Map.entry("две", '2'),
            Map.entry("два", '2'), Map.entry("три", '3'), Map.entry("четири", '4'), Map.entry("пет", '5'),
            Map.entry("шест", '6'), Map.entry("седем", '7'), Map.entry("осем", '8'), Map.entry("девет", '9'),
            Map.entry("zero", '0'), Map.entry("nought", '0'), Map.entry("one", '1'), Map.entry("two", '2'),
            Map.entry("three", '3'), Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'),
            Map.entry("seven", '7'), Map.entry("eight", '8'), Map.entry("nine", '9'), Map.entry("nula", '0'),
            Map.entry("edno", '1'), Map.entry("dve", '2'), Map.entry("tri", '3'), Map.entry("chetiri", '4'),
            Map.entry("pet", '5'), Map.entry("shest", '6'), Map.entry("sedem", '7'), Map.entry("osem", '8'),
            Map.entry("devet", '9'));

    /** No digit word is longer; longer words are copied without a look-up. */
    private static final int LONGEST = 7;

    private NumberWords() {
    }

    static String asDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            Character digit = word.length() <= LONGEST ? DIGITS.get(word.toLowerCase(Locale.ROOT)) : null;
            if (digit == null) {
                out.append(word);
            }
            else {
                out.append(digit);
            }
        }
        return out.toString();
    }

}
