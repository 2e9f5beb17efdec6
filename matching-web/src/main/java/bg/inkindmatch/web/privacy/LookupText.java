package bg.inkindmatch.web.privacy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text prepared for the personal-data checks: Unicode NFKC (full-width and other
 * compatibility forms become their plain letters, digits and {@code @}), invisible format
 * characters (zero-width spaces and joiners, soft hyphens, direction marks) removed,
 * every decimal digit of any script written as an ASCII digit, every kind of space as a
 * plain space. Letter case is kept: an upper-case {@code B} stands for an 8, a lower-case
 * {@code b} for a 6.
 *
 * @param text the normalised text
 */
record LookupText(String text) {

    /**
     * "at" written out: bracketed anywhere, between one or two separators, or as a word
     * of its own between spaces. Every repetition is bounded, so a match is tried in
     * constant time at each position.
     */
    private static final Pattern AT_WORD = Pattern.compile(spelled("at|ат|кльомба|маймунка|маймунско а"));

    /** "dot" written out, the same ways. */
    private static final Pattern DOT_WORD = Pattern.compile(spelled("dot|точка|тчк|дот"));

    private static final Pattern ENCODED_AT = Pattern.compile("%40|&#0{0,3}64;|&#x0{0,3}40;|&commat;");

    private static final Pattern ENCODED_DOT = Pattern.compile("%2e|&#0{0,3}46;|&#x0{0,3}2e;|&period;");

    private static String spelled(String words) {
        String separators = " {0,2}[-_/|*~=+] {0,2}";
        return "[(\\[{<] {0,3}(?:" + words + ") {0,3}[)\\]}>]" + "|" + separators + "(?:" + words + ")" + separators
                + "| (?:" + words + ") ";
    }

    static LookupText of(String raw) {
        String compatible = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT || isPresentationMark(codePoint)) {
                return;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                plain.append((char) ('0' + Character.digit(codePoint, 10)));
            }
            else if (type == Character.OTHER_NUMBER && Character.getNumericValue(codePoint) >= 0
                    && Character.getNumericValue(codePoint) <= 20) {
                // enclosed and circled digits that NFKC leaves alone (❶, ➊, ⓿)
                plain.append(Character.getNumericValue(codePoint));
            }
            else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                plain.append(' ');
            }
            else {
                plain.appendCodePoint(codePoint);
            }
        });
        return new LookupText(plain.toString());
    }

    /**
     * Variation selectors and the combining keycap: {@code 0️⃣} is a zero with two marks
     * that only change how it is drawn.
     */
    private static boolean isPresentationMark(int codePoint) {
        return codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF
                || codePoint == 0x20E3;
    }

    /**
     * The text in lower case, with {@code @} and {@code .} however they are written:
     * percent-encoded or as HTML references ({@code %40}, {@code &#64;}), "at" and "dot"
     * as words in Bulgarian or English, bracketed or between separators ({@code -at-},
     * {@code _at_}, {@code /at/}), with Cyrillic letters that look like Latin ones
     * ({@code аt} with a Cyrillic {@code а}).
     */
    String withWordsForAtAndDot() {
        String lower = ENCODED_DOT.matcher(ENCODED_AT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("@"))
            .replaceAll(".");
        String cyrillicWords = DOT_WORD.matcher(AT_WORD.matcher(lower).replaceAll("@")).replaceAll(".");
        String folded = Homoglyphs.toLatin(cyrillicWords);
        return DOT_WORD.matcher(AT_WORD.matcher(folded).replaceAll("@")).replaceAll(".");
    }

    /**
     * The text with the numbers written as words (Bulgarian and English digit words,
     * {@code нула осем осем}) written as digits, for the number checks.
     */
    String withDigitWords() {
        return NumberWords.asDigits(text);
    }
}
