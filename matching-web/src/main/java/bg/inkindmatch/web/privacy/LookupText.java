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

    /** "at" written out: bracketed anywhere, or as a word of its own between spaces. */
    private static final Pattern AT_WORD = Pattern
        .compile("[(\\[{<] {0,3}(?:at|ат|кльомба|маймунка|маймунско а) {0,3}[)\\]}>]"
                + "| (?:at|ат|кльомба|маймунка|маймунско а) ");

    /** "dot" written out: bracketed anywhere, or as a word of its own between spaces. */
    private static final Pattern DOT_WORD = Pattern
        .compile("[(\\[{<] {0,3}(?:dot|точка|тчк) {0,3}[)\\]}>]| (?:dot|точка|тчк) ");

    static LookupText of(String raw) {
        String compatible = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder plain = new StringBuilder(compatible.length());
        compatible.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT) {
                return;
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                plain.append((char) ('0' + Character.digit(codePoint, 10)));
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
     * The text in lower case, with "at" and "dot" written out turned into {@code @} and
     * {@code .}.
     */
    String withWordsForAtAndDot() {
        String lower = text.toLowerCase(Locale.ROOT);
        return DOT_WORD.matcher(AT_WORD.matcher(lower).replaceAll("@")).replaceAll(".");
    }
}
