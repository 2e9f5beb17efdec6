package bg.inkindmatch.web.privacy;

/**
 * Cyrillic letters that look like Latin ones, for reading words that mix the scripts
 * ({@code аt} with a Cyrillic {@code а}, {@code mаil.cоm}): one pass, one character for
 * one character.
 */
final class Homoglyphs {

    private static final String CYRILLIC = "аеорсхуктмнвіј";

    private static final String LATIN = "aeopcxyktmhbij";

    private Homoglyphs() {
    }

    /** The lower-case text with each Cyrillic look-alike replaced by its Latin twin. */
    static String toLatin(String lower) {
        char[] chars = lower.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int at = CYRILLIC.indexOf(chars[i]);
            if (at >= 0) {
                chars[i] = LATIN.charAt(at);
            }
        }
        return new String(chars);
    }

}
